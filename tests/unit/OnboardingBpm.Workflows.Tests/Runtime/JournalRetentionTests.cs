using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Runtime;

public sealed class JournalRetentionTests
{
    [Fact]
    public async Task journal_entries_older_than_the_retention_are_purged_and_newer_ones_kept()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("short", [Activity("start", "Start"), Activity("log", "Log", new() { ["message"] = "hello" })], [Connect("start", "log")]));
        var old = await engine.StartAsync("short");
        await engine.AdvanceAsync(TimeSpan.FromDays(20));
        var recent = await engine.StartAsync("short");

        await engine.AdvanceAsync(TimeSpan.FromDays(11));

        Assert.Equal(0, (await engine.Stores.Journal.ListAsync(old.Id, 0, 100)).Total);
        Assert.NotEqual(0, (await engine.Stores.Journal.ListAsync(recent.Id, 0, 100)).Total);
    }
}

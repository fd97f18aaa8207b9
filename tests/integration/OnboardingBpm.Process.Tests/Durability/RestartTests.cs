using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.Durability;

/// <summary>A clean stop and start of the server on the same SQLite file.</summary>
public sealed class RestartTests : IAsyncDisposable
{
    private const string Workflow = "delay-across-restart";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly ServerFleet fleet = new("Durability/delay-across-restart.json");
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task an_instance_waiting_on_a_delay_finishes_after_a_clean_restart()
    {
        var database = fleet.Sqlite();
        var first = await fleet.StartAsync("first", database, cancellation);
        var id = await first.Api.StartAsync(Workflow, "the-one", [], cancellation);
        var delay = Assert.Single((await first.Api.GetAsync(id, cancellation)).Bookmarks);
        Assert.Equal("Delay", delay.Type);

        Assert.Equal(0, await first.StopAsync());
        var stoppedAt = DateTimeOffset.UtcNow;
        Assert.True(delay.DueAt > stoppedAt, $"the delay fell due at {delay.DueAt:O}, before the server stopped at {stoppedAt:O}");

        var second = await fleet.StartAsync("second", database, cancellation);
        await Eventually.WaitForAsync("the instance to finish", () => second.Api.GetAsync(id, cancellation),
            instance => instance.Status == "Finished", instance => instance.Status, Deadline, cancellation);

        Assert.Empty(await new ExactlyOnce(["wait", "afterDelay"], ["afterDelayRuns"]).ProblemsAsync(second.Api, [id], cancellation));
        var afterDelay = Assert.Single(await second.Api.JournalAsync(id, cancellation), e => e.ActivityId == "afterDelay");
        Assert.True(afterDelay.CompletedAt > stoppedAt, "the delay was passed by the second server, after the first one stopped");
    }

    public ValueTask DisposeAsync() => fleet.DisposeAsync();
}

using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Runtime;

public sealed class JournalTests
{
    [Fact]
    public async Task journal_entries_record_outcomes_durations_and_input_and_output_summaries()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("journal",
            [
                Activity("start", "Start"),
                Activity("decide", "Decision", new() { ["condition"] = Js("input.amount > 100") }),
                Activity("calc", "Script", new() { ["code"] = "input.amount * 2" }),
            ],
            [Connect("start", "decide"), Connect("decide", "calc", "True")]));

        var instance = await engine.StartAsync("journal", new JsonObject { ["amount"] = 150 });

        var entries = (await engine.Stores.Journal.ListAsync(instance.Id, 0, 100)).Items;
        Assert.Equal(["start", "decide", "calc"], entries.Select(e => e.ActivityId));
        Assert.All(entries, e => Assert.Equal(JournalEventType.Completed, e.EventType));
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));
        var decide = entries[1];
        Assert.Equal(["True"], decide.Outcomes);
        Assert.Equal("Decision", decide.ActivityType);
        Assert.Equal("{\"condition\":true}", decide.InputSummary);
        var calc = entries[2];
        Assert.Equal("{\"code\":\"input.amount * 2\"}", calc.InputSummary);
        Assert.Equal("{\"Result\":300}", calc.OutputSummary);
        Assert.All(entries, e =>
        {
            Assert.True(e.DurationMs > 0, $"{e.ActivityId} took {e.DurationMs} ms");
            Assert.Equal(engine.Clock.GetUtcNow(), e.StartedAt);
            Assert.Equal(e.StartedAt + TimeSpan.FromMilliseconds(e.DurationMs), e.CompletedAt, TimeSpan.FromMilliseconds(1));
        });
    }

    [Fact]
    public async Task a_long_input_summary_is_cut_to_the_configured_length()
    {
        await using var engine = new EngineHarness(new EngineOptions { JournalSummaryLength = 40 });
        await engine.PublishAsync(Flow("long",
            [Activity("start", "Start"), Activity("log", "Log", new() { ["message"] = new string('x', 200) })],
            [Connect("start", "log")]));

        var instance = await engine.StartAsync("long");

        var entry = Assert.Single((await engine.Stores.Journal.ListAsync(instance.Id, 0, 100)).Items, e => e.ActivityId == "log" && e.EventType == JournalEventType.Completed);
        Assert.Equal(41, entry.InputSummary!.Length);
        Assert.EndsWith("…", entry.InputSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_blocking_activity_is_journaled_as_suspended_then_completed_when_resumed()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("wait",
            [Activity("start", "Start"), Activity("wait", "Delay", new() { ["duration"] = "PT1H" })],
            [Connect("start", "wait")]));
        var instance = await engine.StartAsync("wait");

        await engine.AdvanceAsync(TimeSpan.FromHours(1));

        var waits = (await engine.Stores.Journal.ListAsync(instance.Id, 0, 100)).Items.Where(e => e.ActivityId == "wait").ToList();
        Assert.Equal([JournalEventType.Suspended, JournalEventType.Completed], waits.Select(e => e.EventType));
        Assert.Equal(waits[0].ExecutionId, waits[1].ExecutionId);
        Assert.Equal(waits[0].StartedAt + TimeSpan.FromHours(1), waits[1].StartedAt);
        Assert.Equal("{\"duration\":\"PT1H\"}", waits[0].InputSummary);
    }

    [Fact]
    public async Task the_journal_pages_in_sequence_order()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("steps",
            [Activity("start", "Start"), Activity("a", "Log", new() { ["message"] = "a" }), Activity("b", "Log", new() { ["message"] = "b" }), Activity("c", "Log", new() { ["message"] = "c" })],
            [Connect("start", "a"), Connect("a", "b"), Connect("b", "c")]));
        var instance = await engine.StartAsync("steps");

        var page = await engine.Stores.Journal.ListAsync(instance.Id, 2, 3);

        Assert.Equal(7, page.Total);
        Assert.Equal([3L, 4L, 5L], page.Items.Select(e => e.Sequence));
    }
}

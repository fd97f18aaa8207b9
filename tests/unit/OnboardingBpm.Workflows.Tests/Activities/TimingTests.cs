using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Stores;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Activities;

public sealed class TimingTests
{
    [Fact]
    public async Task a_delay_fires_only_once_the_clock_passes_its_duration()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("delay",
            [Activity("start", "Start"), Activity("wait", "Delay", new() { ["duration"] = "PT72H" }), Activity("after", "Log", new() { ["message"] = "done" })],
            [Connect("start", "wait"), Connect("wait", "after")]));
        var instance = await engine.StartAsync("delay");
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);

        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromHours(71) + TimeSpan.FromMinutes(59)));
        Assert.Equal(WorkflowStatus.Suspended, (await engine.InstanceAsync(instance.Id)).Status);
        Assert.DoesNotContain("after", await engine.CompletedActivitiesAsync(instance.Id));

        Assert.Equal(1, await engine.AdvanceAsync(TimeSpan.FromMinutes(2)));
        Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(instance.Id)).Status);
        Assert.Equal(["start", "wait", "after"], await engine.CompletedActivitiesAsync(instance.Id));
    }

    [Fact]
    public async Task a_delay_bookmark_is_due_exactly_after_the_duration()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("delay",
            [Activity("start", "Start"), Activity("wait", "Delay", new() { ["duration"] = Js("'PT' + input.hours + 'H'") })],
            [Connect("start", "wait")]));

        var instance = await engine.StartAsync("delay", new JsonObject { ["hours"] = 5 });

        var bookmark = Assert.Single(instance.Bookmarks);
        Assert.Equal(engine.Clock.GetUtcNow() + TimeSpan.FromHours(5), bookmark.DueAt);
    }

    [Fact]
    public async Task a_timer_with_a_time_already_past_continues_at_once()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("timer",
            [Activity("start", "Start"), Activity("at", "Timer", new() { ["at"] = Js("addDays(now(), -1)") }), Activity("after", "Log", new() { ["message"] = "done" })],
            [Connect("start", "at"), Connect("at", "after")]));

        var instance = await engine.StartAsync("timer");

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(instance.Bookmarks);
        Assert.Equal(["start", "at", "after"], await engine.CompletedActivitiesAsync(instance.Id));
    }

    [Fact]
    public async Task a_timer_with_a_future_time_waits_until_then()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("timer",
            [Activity("start", "Start"), Activity("at", "Timer", new() { ["at"] = "2026-01-07T12:00:00Z" }), Activity("after", "Log", new() { ["message"] = "done" })],
            [Connect("start", "at"), Connect("at", "after")]));
        var instance = await engine.StartAsync("timer");

        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromHours(50)));
        Assert.Equal(WorkflowStatus.Suspended, (await engine.InstanceAsync(instance.Id)).Status);

        Assert.Equal(1, await engine.AdvanceAsync(TimeSpan.FromHours(1)));
        Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task a_cron_inside_a_flow_waits_for_the_next_occurrence()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("daily",
            [Activity("start", "Start"), Activity("eight", "Cron", new() { ["expression"] = "0 8 * * *" }), Activity("after", "Log", new() { ["message"] = "morning" })],
            [Connect("start", "eight"), Connect("eight", "after")]));
        var instance = await engine.StartAsync("daily");

        var bookmark = Assert.Single(instance.Bookmarks);
        Assert.Equal(new DateTimeOffset(2026, 1, 6, 8, 0, 0, TimeSpan.Zero), bookmark.DueAt);
        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromHours(22)));
        Assert.Equal(WorkflowStatus.Suspended, (await engine.InstanceAsync(instance.Id)).Status);

        Assert.Equal(1, await engine.AdvanceAsync(TimeSpan.FromHours(1)));
        Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task a_cron_trigger_starts_one_instance_when_due_and_only_one_for_missed_periods()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("hourly",
            [Activity("tick", "Cron", new() { ["expression"] = "0 * * * *" }), Activity("report", "Log", new() { ["message"] = "report" })],
            [Connect("tick", "report")]));

        engine.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, await engine.Scheduler.RunDueAsync());
        Assert.Equal(0, await CountAsync(engine));

        engine.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(1, await engine.Scheduler.RunDueAsync());
        Assert.Equal(1, await CountAsync(engine));
        Assert.Equal(0, await engine.Scheduler.RunDueAsync());

        engine.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(1, await engine.Scheduler.RunDueAsync());
        Assert.Equal(2, await CountAsync(engine));
    }

    [Fact]
    public async Task a_cron_started_instance_runs_from_the_trigger_and_finishes()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("hourly",
            [Activity("tick", "Cron", new() { ["expression"] = "0 * * * *" }), Activity("report", "Log", new() { ["message"] = "report" })],
            [Connect("tick", "report")]));

        await engine.AdvanceAsync(TimeSpan.FromHours(1));

        var started = Assert.Single((await engine.Stores.Instances.ListAsync(new InstanceFilter { DefinitionId = "hourly" })).Items);
        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.Equal(["tick", "report"], await engine.CompletedActivitiesAsync(started.Id));
    }

    private static async Task<int> CountAsync(EngineHarness engine) =>
        (await engine.Stores.Instances.ListAsync(new InstanceFilter { DefinitionId = "hourly" })).Total;
}

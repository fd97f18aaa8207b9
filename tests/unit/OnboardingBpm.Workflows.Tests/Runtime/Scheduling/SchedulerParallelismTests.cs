using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Runtime.Scheduling;

/// <summary>
/// A claimed batch of due timers fires several instances at once, up to <see cref="EngineOptions.SchedulerParallelism"/>,
/// and keeps every rule of the one-at-a-time loop. The bursts wait at a <see cref="BurstGate"/>, so what is in flight
/// together is counted, not timed.
/// </summary>
public sealed class SchedulerParallelismTests
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(30);
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private readonly BurstGate gate = new();

    [Theory(Timeout = 60_000)]
    [InlineData(1, 4)]
    [InlineData(3, 7)]
    [InlineData(4, 4)]
    public async Task a_batch_has_as_many_bursts_in_flight_together_as_the_limit_and_never_more(int parallelism, int timers)
    {
        await using var engine = GatedEngine(parallelism);
        var ids = await StartWaitingAsync(engine, timers);
        engine.Clock.Advance(TimeSpan.FromHours(2));

        var pass = engine.Scheduler.RunDueAsync(cancellation);
        await gate.HeldAsync(parallelism).WaitAsync(Bounded, cancellation);

        Assert.False(pass.IsCompleted);
        Assert.Equal(parallelism, gate.Entered);
        gate.Open();
        Assert.Equal(timers, await pass.WaitAsync(Bounded, cancellation));
        Assert.Equal(parallelism, gate.MostHeld);
        Assert.Equal(timers, gate.Entered);
        foreach (var id in ids)
        {
            Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(id)).Status);
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task once_the_claim_runs_out_no_further_timer_of_the_batch_starts_and_the_rest_is_due_for_a_fresh_claim()
    {
        await using var engine = GatedEngine(parallelism: 2);
        var ids = await StartWaitingAsync(engine, 5);
        engine.Clock.Advance(TimeSpan.FromHours(2));

        var pass = engine.Scheduler.RunDueAsync(cancellation);
        await gate.HeldAsync(2).WaitAsync(Bounded, cancellation);
        engine.Clock.Advance(new EngineOptions().TimerClaimDuration);
        gate.Open();

        Assert.Equal(2, await pass.WaitAsync(Bounded, cancellation));
        Assert.Equal(2, gate.Entered);
        Assert.Equal(2, await FinishedCountAsync(engine, ids));
        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        var now = engine.Clock.GetUtcNow();
        var rest = await engine.Stores.Bookmarks.ClaimDueAsync(now, 10, "other-node", now + TimeSpan.FromMinutes(1), cancellation);
        Assert.Equal(3, rest.Count);
    }

    [Fact(Timeout = 60_000)]
    public async Task a_draining_node_finishes_the_bursts_in_flight_starts_no_more_and_hands_back_the_rest()
    {
        await using var engine = GatedEngine(parallelism: 3);
        var ids = await StartWaitingAsync(engine, 8);
        engine.Clock.Advance(TimeSpan.FromHours(2));

        var pass = engine.Scheduler.RunDueAsync(cancellation);
        await gate.HeldAsync(3).WaitAsync(Bounded, cancellation);
        engine.Services.GetRequiredService<WorkflowNode>().BeginDrain();
        gate.Open();

        Assert.Equal(3, await pass.WaitAsync(Bounded, cancellation));
        Assert.Equal(3, gate.Entered);
        Assert.Equal(3, await FinishedCountAsync(engine, ids));
        var released = await engine.Scheduler.HandBackAsync(cancellation);
        Assert.Equal(5, released.Timers);
        var now = engine.Clock.GetUtcNow();
        Assert.Equal(5, (await engine.Stores.Bookmarks.ClaimDueAsync(now, 10, "other-node", now + TimeSpan.FromMinutes(1), cancellation)).Count);
    }

    [Fact(Timeout = 60_000)]
    public async Task two_timers_of_one_instance_in_one_batch_each_fire_exactly_once_in_due_order()
    {
        await using var engine = new EngineHarness(new EngineOptions { SchedulerParallelism = 4 });
        await engine.PublishAsync(TwoDeadlines());
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add((await engine.StartAsync("two-deadlines")).Id);
        }

        engine.Clock.Advance(TimeSpan.FromHours(3));

        Assert.Equal(24, await engine.Scheduler.RunDueAsync(cancellation));
        foreach (var id in ids)
        {
            var instance = await engine.InstanceAsync(id);
            Assert.Equal(WorkflowStatus.Finished, instance.Status);
            Assert.Equal(["first", "second"], instance.Variables["order"]!.AsArray().Select(n => n!.GetValue<string>()));
            var completed = await engine.CompletedActivitiesAsync(id);
            Assert.Single(completed, a => a == "afterFirst");
            Assert.Single(completed, a => a == "afterSecond");
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task a_timer_whose_instance_is_busy_on_another_server_is_not_lost_and_fires_once_it_is_free()
    {
        var locks = new HeldElsewhereLock();
        await using var engine = new EngineHarness(new EngineOptions { SchedulerParallelism = 4 }, services => services.AddSingleton<IInstanceLock>(locks));
        await engine.PublishAsync(TwoDeadlines());
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await engine.StartAsync("two-deadlines")).Id);
        }

        var busy = ids[1];
        var busyTimers = (await engine.InstanceAsync(busy)).Bookmarks.Select(b => b.Id).ToList();
        locks.HoldElsewhere(busy);
        var attemptsBefore = locks.AttemptsOn(busy);
        engine.Clock.Advance(TimeSpan.FromHours(3));

        // The free instances fire; the busy one's first timer is queued and its second is not tried behind it.
        Assert.Equal(6, await engine.Scheduler.RunDueAsync(cancellation));
        Assert.Equal(WorkflowStatus.Suspended, (await engine.InstanceAsync(busy)).Status);
        Assert.Empty((await engine.InstanceAsync(busy)).Variables["order"]!.AsArray());
        foreach (var timer in busyTimers)
        {
            Assert.NotNull(await engine.Stores.Bookmarks.FindAsync(timer, cancellation));
        }

        Assert.Equal(busyTimers[0], Assert.Single(await engine.Stores.Inbox.ListAsync(10, cancellation)).BookmarkId);
        Assert.Equal(attemptsBefore + 2, locks.AttemptsOn(busy)); // the first timer's try, and the inbox drain's at the end of the pass

        // Once the claim has run out and the instance is free, both timers are claimed afresh and fire in order.
        locks.Release(busy);
        engine.Clock.Advance(new EngineOptions().TimerClaimDuration + TimeSpan.FromSeconds(1));
        await engine.Scheduler.RunDueAsync(cancellation);

        var after = await engine.InstanceAsync(busy);
        Assert.Equal(WorkflowStatus.Finished, after.Status);
        Assert.Equal(["first", "second"], after.Variables["order"]!.AsArray().Select(n => n!.GetValue<string>()));
        var completed = await engine.CompletedActivitiesAsync(busy);
        Assert.Single(completed, a => a == "afterFirst");
        Assert.Single(completed, a => a == "afterSecond");
        Assert.Empty(await engine.Stores.Inbox.ListAsync(10, cancellation));
        Assert.Equal(0, await engine.Scheduler.RunDueAsync(cancellation));
    }

    private EngineHarness GatedEngine(int parallelism) => new(
        new EngineOptions { SchedulerParallelism = parallelism },
        services => services.AddSingleton(gate),
        activities => activities.Register<Gate>());

    /// <summary>Instances of Start -> Delay (1 hour) -> Gate, each left waiting on its timer.</summary>
    private async Task<List<string>> StartWaitingAsync(EngineHarness engine, int count)
    {
        await engine.PublishAsync(Flow("gated",
            [Activity("start", "Start"), Activity("wait", "Delay", new() { ["duration"] = "PT1H" }), Activity("gate", "Gate")],
            [Connect("start", "wait"), Connect("wait", "gate")]));
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await engine.StartAsync("gated")).Id);
        }

        return ids;
    }

    private static async Task<int> FinishedCountAsync(EngineHarness engine, IEnumerable<string> ids)
    {
        var finished = 0;
        foreach (var id in ids)
        {
            finished += (await engine.InstanceAsync(id)).Status == WorkflowStatus.Finished ? 1 : 0;
        }

        return finished;
    }

    /// <summary>Two branches, each waiting on its own timer (1 and 2 hours), noting the order they went on in.</summary>
    private static string TwoDeadlines() => Flow("two-deadlines",
        [
            Activity("start", "Start"),
            Activity("fork", "Fork", new() { ["branches"] = new JsonArray("First", "Second") }),
            Activity("first", "Delay", new() { ["duration"] = "PT1H" }),
            Activity("second", "Delay", new() { ["duration"] = "PT2H" }),
            Activity("afterFirst", "Script", new() { ["code"] = "variables.order.push('first')" }),
            Activity("afterSecond", "Script", new() { ["code"] = "variables.order.push('second')" }),
        ],
        [
            Connect("start", "fork"), Connect("fork", "first", "First"), Connect("fork", "second", "Second"),
            Connect("first", "afterFirst"), Connect("second", "afterSecond"),
        ],
        [Variable("order", "Array", new JsonArray())]);
}

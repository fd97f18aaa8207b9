using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Runtime;

public sealed class CancelTests
{
    [Fact]
    public async Task cancelling_withdraws_every_bookmark_and_cancels_open_tasks()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("busy",
            [
                Activity("start", "Start"),
                Activity("fork", "Fork", new() { ["branches"] = new JsonArray("Task", "Timer", "Event") }),
                Activity("task", "UserTask", new() { ["title"] = "Check", ["escalateAfter"] = "PT2H" }),
                Activity("wait", "Delay", new() { ["duration"] = "PT1H" }),
                Activity("event", "Event", new() { ["eventName"] = "ping" }),
            ],
            [Connect("start", "fork"), Connect("fork", "task", "Task"), Connect("fork", "wait", "Timer"), Connect("fork", "event", "Event")]));
        var instance = await engine.StartAsync("busy");
        var bookmarkIds = instance.Bookmarks.Select(b => b.Id).ToList();
        Assert.Equal(4, bookmarkIds.Count);
        var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));

        var run = await engine.Runtime.CancelAsync(instance.Id);

        Assert.Equal(WorkflowStatus.Cancelled, run.Instance.Status);
        Assert.Equal(engine.Clock.GetUtcNow(), run.Instance.FinishedAt);
        var cancelled = await engine.InstanceAsync(instance.Id);
        Assert.Empty(cancelled.Bookmarks);
        Assert.Empty(cancelled.OpenExecutions);
        foreach (var id in bookmarkIds)
        {
            Assert.Null(await engine.Stores.Bookmarks.FindAsync(id));
        }

        Assert.Equal(HumanTaskStatus.Cancelled, (await engine.Stores.Tasks.FindAsync(task.Id))!.Status);
        var journal = (await engine.Stores.Journal.ListAsync(instance.Id, 0, 100)).Items;
        Assert.Equal(["event", "task", "wait"], journal.Where(e => e.EventType == JournalEventType.Cancelled).Select(e => e.ActivityId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task nothing_resumes_a_cancelled_instance()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("waiting",
            [Activity("start", "Start"), Activity("wait", "Delay", new() { ["duration"] = "PT1H" }), Activity("event", "Event", new() { ["eventName"] = "ping" }), Activity("task", "UserTask", new() { ["title"] = "Check" })],
            [Connect("start", "wait"), Connect("start", "event"), Connect("start", "task")]));
        var instance = await engine.StartAsync("waiting");
        var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));
        var revision = (await engine.Runtime.CancelAsync(instance.Id)).Instance.Revision;

        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromHours(2)));
        Assert.Empty((await engine.Runtime.PublishEventAsync("ping", null, null)).ResumedInstanceIds);
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Tasks.CompleteAsync(task.Id, "alice", "Complete", null));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Runtime.CancelAsync(instance.Id));

        var after = await engine.InstanceAsync(instance.Id);
        Assert.Equal((WorkflowStatus.Cancelled, revision), (after.Status, after.Revision));
    }

    [Fact]
    public async Task cancelling_a_faulted_instance_resolves_its_open_incident()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("fail", [Activity("start", "Start"), Activity("fail", "Fault", new() { ["message"] = "no" })], [Connect("start", "fail")]));
        var instance = await engine.StartAsync("fail");
        var incident = Assert.Single(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));

        await engine.Runtime.CancelAsync(instance.Id);

        Assert.Empty(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));
        Assert.Equal("cancelled", (await engine.Stores.Incidents.FindAsync(incident.Id))!.ResolvedBy);
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Runtime.RetryIncidentAsync(incident.Id));
    }

    [Fact]
    public async Task cancelling_a_finished_or_unknown_instance_is_refused()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("quick", [Activity("start", "Start")], []));
        var instance = await engine.StartAsync("quick");

        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Runtime.CancelAsync(instance.Id));
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => engine.Runtime.CancelAsync("missing"));
    }
}

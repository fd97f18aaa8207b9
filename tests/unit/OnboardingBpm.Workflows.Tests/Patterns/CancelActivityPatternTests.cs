using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Tests.Support;

namespace OnboardingBpm.Workflows.Tests.Patterns;

/// <summary>WCP-19: a withdraw event, racing the task into a WaitAny join, cancels the task of its case.</summary>
public sealed class CancelActivityPatternTests
{
    [Fact]
    public async Task a_withdraw_event_cancels_the_open_task()
    {
        await using var engine = await PatternEngine.LoadAsync("cancel-activity.json");
        var started = await StartCaseAsync(engine, "C-1");
        var task = Assert.Single(await engine.ActiveTasksAsync(started.Id));
        Assert.Equal("Handle case C-1", task.Title);

        var published = await engine.Runtime.PublishEventAsync("withdraw", "C-1", null);

        Assert.Equal([started.Id], published.ResumedInstanceIds);
        var instance = await engine.InstanceAsync(started.Id);
        Assert.Equal("withdrawn", instance.Text("result"));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(instance.Bookmarks);
        Assert.Empty(await engine.StillStoredAsync(started.Bookmarks));
        Assert.Equal(HumanTaskStatus.Cancelled, (await engine.Stores.Tasks.FindAsync(task.Id))!.Status);
        Assert.Empty(await engine.ActiveTasksAsync(started.Id));
        Assert.DoesNotContain("handle", await engine.CompletedActivitiesAsync(started.Id));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Tasks.CompleteAsync(task.Id, "alice", "Resolve", null));
    }

    [Fact]
    public async Task a_withdraw_event_leaves_the_task_of_another_case_open()
    {
        await using var engine = await PatternEngine.LoadAsync("cancel-activity.json");
        var withdrawn = await StartCaseAsync(engine, "C-1");
        var other = await StartCaseAsync(engine, "C-2");

        await engine.Runtime.PublishEventAsync("withdraw", "C-1", null);

        var task = Assert.Single(await engine.ActiveTasksAsync(other.Id));
        Assert.Equal(HumanTaskStatus.Open, task.Status);
        var instance = await engine.InstanceAsync(other.Id);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal("open", instance.Text("result"));
        Assert.Equal(2, instance.Bookmarks.Count);
        Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(withdrawn.Id)).Status);
    }

    [Fact]
    public async Task completing_the_task_first_withdraws_the_event_wait()
    {
        await using var engine = await PatternEngine.LoadAsync("cancel-activity.json");
        var started = await StartCaseAsync(engine, "C-1");
        var task = Assert.Single(await engine.ActiveTasksAsync(started.Id));

        var run = await engine.Tasks.CompleteAsync(task.Id, "alice", "Resolve", null);

        Assert.Equal("resolved", run.Instance.Text("result"));
        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
        Assert.Empty(run.Instance.Bookmarks);
        var published = await engine.Runtime.PublishEventAsync("withdraw", "C-1", null);
        Assert.Empty(published.ResumedInstanceIds);
        Assert.Equal("resolved", (await engine.InstanceAsync(started.Id)).Text("result"));
        Assert.Equal(HumanTaskStatus.Completed, (await engine.Stores.Tasks.FindAsync(task.Id))!.Status);
        Assert.DoesNotContain("withdrawn", await engine.CompletedActivitiesAsync(started.Id));
    }

    private static Task<WorkflowInstance> StartCaseAsync(EngineHarness engine, string caseId) =>
        engine.StartAsync("pattern-cancel-activity", new JsonObject { ["caseId"] = caseId });
}

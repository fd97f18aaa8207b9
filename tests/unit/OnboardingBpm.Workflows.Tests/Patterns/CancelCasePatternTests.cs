using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Workflows.Tests.Patterns;

/// <summary>WCP-20: the whole case ends at once, cancelled from outside or by reaching Finish.</summary>
public sealed class CancelCasePatternTests
{
    [Fact]
    public async Task cancelling_a_waiting_instance_withdraws_its_task_and_timer()
    {
        await using var engine = await PatternEngine.LoadAsync("cancel-case.json");
        var started = await engine.StartAsync("pattern-cancel-case");
        var task = Assert.Single(await engine.ActiveTasksAsync(started.Id));
        Assert.Equal(2, started.Bookmarks.Count);

        var run = await engine.Runtime.CancelAsync(started.Id);

        Assert.Equal(WorkflowStatus.Cancelled, run.Instance.Status);
        Assert.Equal(engine.Clock.GetUtcNow(), run.Instance.FinishedAt);
        var instance = await engine.InstanceAsync(started.Id);
        Assert.Equal(WorkflowStatus.Cancelled, instance.Status);
        Assert.Empty(instance.Bookmarks);
        Assert.Empty(instance.OpenExecutions);
        Assert.Empty(await engine.StillStoredAsync(started.Bookmarks));
        Assert.Equal(HumanTaskStatus.Cancelled, (await engine.Stores.Tasks.FindAsync(task.Id))!.Status);
        Assert.Empty(await engine.ActiveTasksAsync(started.Id));

        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromHours(5)));

        var later = await engine.InstanceAsync(started.Id);
        Assert.Equal(WorkflowStatus.Cancelled, later.Status);
        Assert.False(later.Flag("reminded"));
        Assert.DoesNotContain("remind", await engine.CompletedActivitiesAsync(started.Id));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Tasks.CompleteAsync(task.Id, "alice", "Resolve", null));
    }

    [Fact]
    public async Task cancelling_an_instance_that_already_ended_is_refused()
    {
        await using var engine = await PatternEngine.LoadAsync("cancel-case.json");
        var started = await engine.StartAsync("pattern-cancel-case");
        await engine.Runtime.CancelAsync(started.Id);

        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Runtime.CancelAsync(started.Id));

        Assert.Equal(WorkflowStatus.Cancelled, (await engine.InstanceAsync(started.Id)).Status);
    }

    [Fact]
    public async Task finish_ends_the_instance_while_another_branch_still_waits()
    {
        await using var engine = await PatternEngine.LoadAsync("finish.json");
        var started = await engine.StartAsync("pattern-finish");
        var task = Assert.Single(await engine.ActiveTasksAsync(started.Id));

        await engine.Runtime.PublishEventAsync("pattern.finish.stop", null, null);

        var instance = await engine.InstanceAsync(started.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(instance.Bookmarks);
        Assert.Empty(instance.OpenExecutions);
        Assert.Empty(await engine.StillStoredAsync(started.Bookmarks));
        Assert.Equal(HumanTaskStatus.Cancelled, (await engine.Stores.Tasks.FindAsync(task.Id))!.Status);
        Assert.Equal(["start", "split", "stop", "end"], await engine.CompletedActivitiesAsync(started.Id));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Tasks.CompleteAsync(task.Id, "alice", "Resolve", null));
    }

    [Fact]
    public async Task finish_drops_a_sibling_token_queued_in_the_same_burst()
    {
        await using var engine = await PatternEngine.LoadAsync("finish-queued.json");

        var instance = await engine.StartAsync("pattern-finish-queued");

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["start", "split", "end"], await engine.CompletedActivitiesAsync(instance.Id));
        Assert.False(instance.Flag("restRan"));
    }
}

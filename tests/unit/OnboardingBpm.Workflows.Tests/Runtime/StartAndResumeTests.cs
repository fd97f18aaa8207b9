using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Runtime;

public sealed class StartAndResumeTests
{
    [Fact]
    public async Task a_flow_without_blocking_activities_finishes_in_one_burst_with_its_variables_set()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("calc",
            [Activity("start", "Start"), Activity("set", "SetVariable", new() { ["variable"] = "total", ["value"] = Js("input.a + input.b") }), Activity("end", "Finish")],
            [Connect("start", "set"), Connect("set", "end")],
            [Variable("total", "Number")]));

        var instance = await engine.StartAsync("calc", new JsonObject { ["a"] = 2, ["b"] = 40 });

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(42, instance.Variables["total"]!.GetValue<double>());
        Assert.Equal(["start", "set", "end"], await engine.CompletedActivitiesAsync(instance.Id));
    }

    [Fact]
    public async Task a_user_task_suspends_the_instance_and_completing_it_takes_the_chosen_outcome()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("approve",
            [
                Activity("start", "Start"),
                Activity("task", "UserTask", new() { ["title"] = "Approve", ["outcomes"] = new JsonArray("Approve", "Reject"), ["segment"] = "smb" }),
                Activity("approved", "SetVariable", new() { ["variable"] = "result", ["value"] = "yes" }),
                Activity("rejected", "SetVariable", new() { ["variable"] = "result", ["value"] = "no" }),
            ],
            [Connect("start", "task"), Connect("task", "approved", "Approve"), Connect("task", "rejected", "Reject")],
            [Variable("result", "String")]));

        var instance = await engine.StartAsync("approve");
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));
        Assert.Equal("smb", task.Segment);

        var run = await engine.Tasks.CompleteAsync(task.Id, "alice", "Reject", null);

        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
        Assert.Equal("no", run.Instance.Variables["result"]!.GetValue<string>());
        var completed = await engine.Stores.Tasks.FindAsync(task.Id);
        Assert.Equal(HumanTaskStatus.Completed, completed!.Status);
        Assert.Equal("alice", completed.CompletedBy);
    }

    [Fact]
    public async Task resuming_a_bookmark_twice_is_a_no_op_the_second_time()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("wait",
            [Activity("start", "Start"), Activity("event", "Event", new() { ["eventName"] = "go" }), Activity("count", "Script", new() { ["code"] = "variables.n = (variables.n || 0) + 1" })],
            [Connect("start", "event"), Connect("event", "count")],
            [Variable("n", "Number", 0)]));
        var instance = await engine.StartAsync("wait");
        var bookmark = Assert.Single(instance.Bookmarks);

        var first = await engine.Runtime.ResumeBookmarkAsync(bookmark.Id, null);
        var second = await engine.Runtime.ResumeBookmarkAsync(bookmark.Id, null);

        Assert.Equal(ResumeStatus.Resumed, first.Status);
        Assert.Equal(ResumeStatus.NotFound, second.Status);
        Assert.Equal(1, (await engine.InstanceAsync(instance.Id)).Variables["n"]!.GetValue<double>());
    }
}

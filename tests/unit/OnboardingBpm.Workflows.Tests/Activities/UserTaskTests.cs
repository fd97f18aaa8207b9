using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Activities;

public sealed class UserTaskTests
{
    [Fact]
    public async Task a_user_task_is_created_with_its_rendered_title_segment_role_and_due_time()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("kickoff",
            [
                Activity("start", "Start"),
                Activity("call", "UserTask", new()
                {
                    ["title"] = Template("Call {{input.customer}}"),
                    ["description"] = Template("Plan: {{input.plan}}"),
                    ["segment"] = Js("input.segment"),
                    ["candidateRole"] = "Manager",
                    ["dueIn"] = "PT48H",
                    ["outcomes"] = new JsonArray("Reached", "NoAnswer"),
                }),
            ],
            [Connect("start", "call")]));

        var instance = await engine.StartAsync("kickoff", new JsonObject { ["customer"] = "Acme", ["plan"] = "Pro", ["segment"] = "enterprise" });

        var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));
        Assert.Equal("Call Acme", task.Title);
        Assert.Equal("Plan: Pro", task.Description);
        Assert.Equal("enterprise", task.Segment);
        Assert.Equal("Manager", task.CandidateRole);
        Assert.Equal(engine.Clock.GetUtcNow() + TimeSpan.FromHours(48), task.DueAt);
        Assert.Equal(HumanTaskStatus.Open, task.Status);
        Assert.Null(task.Assignee);
        Assert.Equal(["Reached", "NoAnswer"], task.Outcomes);
        Assert.Equal("call", task.ActivityId);
    }

    [Fact]
    public async Task a_user_task_with_an_assignee_starts_claimed_by_that_user()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Review(new() { ["assignee"] = "carol" }));

        var instance = await engine.StartAsync("review");

        var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));
        Assert.Equal(HumanTaskStatus.Claimed, task.Status);
        Assert.Equal("carol", task.Assignee);
    }

    [Fact]
    public async Task a_task_is_claimed_released_reassigned_and_completed()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Review());
        var instance = await engine.StartAsync("review");
        var taskId = Assert.Single(await engine.ActiveTasksAsync(instance.Id)).Id;

        var claimed = await engine.Tasks.ClaimAsync(taskId, "alice");
        Assert.Equal((HumanTaskStatus.Claimed, "alice"), (claimed.Status, claimed.Assignee));

        var released = await engine.Tasks.ReleaseAsync(taskId, "alice");
        Assert.Equal((HumanTaskStatus.Open, null), (released.Status, released.Assignee));

        var reassigned = await engine.Tasks.ReassignAsync(taskId, "bob");
        Assert.Equal((HumanTaskStatus.Claimed, "bob"), (reassigned.Status, reassigned.Assignee));

        var run = await engine.Tasks.CompleteAsync(taskId, "bob", "Approve", new JsonObject { ["comment"] = "fine" });

        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
        Assert.Equal("approved", run.Instance.Variables["result"]!.GetValue<string>());
        Assert.Equal("fine", run.Instance.Variables["form"]!["comment"]!.GetValue<string>());
        var completed = await engine.Stores.Tasks.FindAsync(taskId);
        Assert.Equal(HumanTaskStatus.Completed, completed!.Status);
        Assert.Equal(("Approve", "bob"), (completed.Outcome, completed.CompletedBy));
        Assert.Equal("fine", completed.Data!["comment"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_task_claimed_by_another_user_cannot_be_claimed_released_or_completed()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Review());
        var instance = await engine.StartAsync("review");
        var taskId = Assert.Single(await engine.ActiveTasksAsync(instance.Id)).Id;
        await engine.Tasks.ClaimAsync(taskId, "alice");

        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Tasks.ClaimAsync(taskId, "bob"));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Tasks.ReleaseAsync(taskId, "bob"));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Tasks.CompleteAsync(taskId, "bob", "Approve", null));

        var task = await engine.Stores.Tasks.FindAsync(taskId);
        Assert.Equal((HumanTaskStatus.Claimed, "alice"), (task!.Status, task.Assignee));
        Assert.Equal(WorkflowStatus.Suspended, (await engine.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task a_supervisor_may_complete_a_task_claimed_by_someone_else()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Review());
        var instance = await engine.StartAsync("review");
        var taskId = Assert.Single(await engine.ActiveTasksAsync(instance.Id)).Id;
        await engine.Tasks.ClaimAsync(taskId, "alice");

        var run = await engine.Tasks.CompleteAsync(taskId, "sam", "Reject", null, mayOverride: true);

        Assert.Equal("rejected", run.Instance.Variables["result"]!.GetValue<string>());
        Assert.Equal("sam", (await engine.Stores.Tasks.FindAsync(taskId))!.CompletedBy);
    }

    [Fact]
    public async Task a_completed_task_cannot_be_completed_again()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Review());
        var instance = await engine.StartAsync("review");
        var taskId = Assert.Single(await engine.ActiveTasksAsync(instance.Id)).Id;
        await engine.Tasks.CompleteAsync(taskId, "alice", "Approve", null);

        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Tasks.CompleteAsync(taskId, "alice", "Reject", null));

        Assert.Equal("approved", (await engine.InstanceAsync(instance.Id)).Variables["result"]!.GetValue<string>());
    }

    internal static string Review(JsonObject? extraInputs = null)
    {
        var inputs = new JsonObject
        {
            ["title"] = "Review the contract",
            ["outcomes"] = new JsonArray("Approve", "Reject"),
            ["formFields"] = new JsonArray(new JsonObject { ["name"] = "comment" }),
        };
        foreach (var (name, value) in extraInputs ?? [])
        {
            inputs[name] = value?.DeepClone();
        }

        return Flow("review",
            [
                Activity("start", "Start"),
                Activity("review", "UserTask", inputs).WithOutput("Data", "form"),
                Activity("approved", "SetVariable", new() { ["variable"] = "result", ["value"] = "approved" }),
                Activity("rejected", "SetVariable", new() { ["variable"] = "result", ["value"] = "rejected" }),
            ],
            [Connect("start", "review"), Connect("review", "approved", "Approve"), Connect("review", "rejected", "Reject")],
            [Variable("result", "String"), Variable("form", "Object")]);
    }
}

using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Activities;

public sealed class UserTaskEscalationTests
{
    [Fact]
    public async Task an_interrupting_escalation_takes_the_escalated_port_and_expires_the_task()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Escalating(interrupts: true));
        var instance = await engine.StartAsync("escalate");
        var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));

        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromHours(71)));
        Assert.True((await engine.Stores.Tasks.FindAsync(task.Id))!.IsActive);

        Assert.Equal(1, await engine.AdvanceAsync(TimeSpan.FromHours(1)));

        var after = await engine.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, after.Status);
        Assert.Equal(["escalated"], after.Variables["path"]!.AsArray().Select(n => n!.GetValue<string>()));
        var expired = await engine.Stores.Tasks.FindAsync(task.Id);
        Assert.Equal(HumanTaskStatus.Expired, expired!.Status);
        Assert.Equal(engine.Clock.GetUtcNow(), expired.EscalatedAt);
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Tasks.CompleteAsync(task.Id, "alice", "Done", null));
    }

    [Fact]
    public async Task a_non_interrupting_escalation_runs_its_branch_while_the_task_stays_open()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Escalating(interrupts: false));
        var instance = await engine.StartAsync("escalate");
        var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));

        Assert.Equal(1, await engine.AdvanceAsync(TimeSpan.FromHours(72)));

        var escalated = await engine.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Suspended, escalated.Status);
        Assert.Equal(["escalated"], escalated.Variables["path"]!.AsArray().Select(n => n!.GetValue<string>()));
        var open = await engine.Stores.Tasks.FindAsync(task.Id);
        Assert.Equal(HumanTaskStatus.Open, open!.Status);
        Assert.Equal(engine.Clock.GetUtcNow(), open.EscalatedAt);
        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromHours(72)));

        var run = await engine.Tasks.CompleteAsync(task.Id, "alice", "Done", null);

        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
        Assert.Equal(["escalated", "done"], run.Instance.Variables["path"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(HumanTaskStatus.Completed, (await engine.Stores.Tasks.FindAsync(task.Id))!.Status);
    }

    [Fact]
    public async Task completing_a_task_before_its_escalation_withdraws_the_escalation_timer()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Escalating(interrupts: true));
        var instance = await engine.StartAsync("escalate");
        var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));

        await engine.Tasks.CompleteAsync(task.Id, "alice", "Done", null);

        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromHours(100)));
        var after = await engine.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, after.Status);
        Assert.Equal(["done"], after.Variables["path"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    private static string Escalating(bool interrupts) => Flow("escalate",
        [
            Activity("start", "Start"),
            Activity("handle", "UserTask", new()
            {
                ["title"] = "Handle the case",
                ["outcomes"] = new JsonArray("Done"),
                ["escalateAfter"] = "PT72H",
                ["escalationInterrupts"] = interrupts,
            }),
            Activity("done", "Script", new() { ["code"] = "variables.path.push('done')" }),
            Activity("escalated", "Script", new() { ["code"] = "variables.path.push('escalated')" }),
        ],
        [Connect("start", "handle"), Connect("handle", "done", "Done"), Connect("handle", "escalated", "Escalated")],
        [Variable("path", "Array", new JsonArray())]);
}

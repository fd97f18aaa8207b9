using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Tests.Support;

namespace OnboardingBpm.Workflows.Tests.Examples;

/// <summary>The annotated example of docs/workflow-format.md, run as the documentation says it behaves.</summary>
public sealed class OnboardingApprovalTests
{
    [Fact]
    public async Task a_request_answers_202_and_opens_a_review_task_with_its_form()
    {
        await using var engine = await PublishedAsync();

        var run = await RequestAsync(engine, "Acme", "enterprise");

        Assert.Equal(202, run.HttpResponse?.StatusCode);
        Assert.Equal(run.Instance.Id, run.HttpResponse?.Content?["instanceId"]?.GetValue<string>());
        Assert.Equal(WorkflowStatus.Suspended, run.Instance.Status);
        var task = Assert.Single(await engine.ActiveTasksAsync(run.Instance.Id));
        Assert.Equal("Approve the onboarding of Acme", task.Title);
        Assert.Equal(("Supervisor", "enterprise"), (task.CandidateRole, task.Segment));
        Assert.Equal(["plan", "seats", "note"], task.Fields.Select(f => f.Name));
        Assert.Equal(["Approve", "Reject"], task.Outcomes);
        Assert.Equal(engine.Clock.GetUtcNow().AddHours(24), task.DueAt);
    }

    [Fact]
    public async Task approving_a_large_account_requests_a_kickoff_and_finishes_approved()
    {
        await using var engine = await PublishedAsync();
        var instance = (await RequestAsync(engine, "Acme", "enterprise")).Instance;

        var run = await CompleteAsync(engine, instance.Id, "Approve", seats: 250);

        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
        Assert.Equal("approved", run.Instance.Output["status"]?.GetValue<string>());
        var completed = await engine.CompletedActivitiesAsync(instance.Id);
        Assert.Contains("kickoff", completed);
        Assert.DoesNotContain("settle", completed);
    }

    [Fact]
    public async Task approving_a_small_account_waits_a_day_before_the_welcome()
    {
        await using var engine = await PublishedAsync();
        var instance = (await RequestAsync(engine, "Bakery", "smb")).Instance;

        var run = await CompleteAsync(engine, instance.Id, "Approve", seats: 5);
        Assert.Equal(WorkflowStatus.Suspended, run.Instance.Status);
        await engine.AdvanceAsync(TimeSpan.FromHours(23));
        Assert.Equal(WorkflowStatus.Suspended, (await engine.InstanceAsync(instance.Id)).Status);
        await engine.AdvanceAsync(TimeSpan.FromHours(1));

        var finished = await engine.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.Equal("approved", finished.Output["status"]?.GetValue<string>());
        Assert.Contains("welcome", await engine.CompletedActivitiesAsync(instance.Id));
    }

    [Fact]
    public async Task rejecting_finishes_with_status_rejected()
    {
        await using var engine = await PublishedAsync();
        var instance = (await RequestAsync(engine, "Acme", "enterprise")).Instance;

        var run = await CompleteAsync(engine, instance.Id, "Reject", seats: 1);

        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
        Assert.Equal("rejected", run.Instance.Output["status"]?.GetValue<string>());
    }

    [Fact]
    public async Task a_completion_that_breaks_the_form_rules_is_refused_and_the_task_stays_open()
    {
        await using var engine = await PublishedAsync();
        var instance = (await RequestAsync(engine, "Acme", "enterprise")).Instance;
        var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));

        var refused = await Assert.ThrowsAsync<WorkflowValidationException>(() =>
            engine.Tasks.CompleteAsync(task.Id, "sam", "Approve", new JsonObject { ["plan"] = "Platinum", ["seats"] = 0 }));

        Assert.Equal(["$.data.plan", "$.data.seats"], refused.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.Single(await engine.ActiveTasksAsync(instance.Id));
    }

    [Fact]
    public async Task a_task_open_for_48_hours_is_escalated_once_and_stays_open()
    {
        await using var engine = await PublishedAsync();
        var instance = (await RequestAsync(engine, "Acme", "enterprise")).Instance;

        await engine.AdvanceAsync(TimeSpan.FromHours(48));
        await engine.AdvanceAsync(TimeSpan.FromHours(48));

        Assert.Equal(["overdue"], (await engine.CompletedActivitiesAsync(instance.Id)).Where(id => id == "overdue"));
        var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));
        Assert.NotNull(task.EscalatedAt);
        var run = await CompleteAsync(engine, instance.Id, "Reject", seats: 1);
        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
    }

    private static async Task<EngineHarness> PublishedAsync()
    {
        var engine = new EngineHarness();
        await engine.PublishFileAsync("workflows/onboarding-approval.json");
        return engine;
    }

    private static async Task<WorkflowRunResult> RequestAsync(EngineHarness engine, string customer, string segment) =>
        await engine.Runtime.HandleHttpAsync(new HttpWorkflowRequest("POST", "/onboarding/approval")
        {
            Body = new JsonObject { ["customer"] = customer, ["segment"] = segment },
        }) ?? throw new InvalidOperationException("The HTTP trigger did not match.");

    private static async Task<WorkflowRunResult> CompleteAsync(EngineHarness engine, string instanceId, string outcome, int seats)
    {
        var task = Assert.Single(await engine.ActiveTasksAsync(instanceId));
        return await engine.Tasks.CompleteAsync(task.Id, "sam", outcome, new JsonObject { ["plan"] = "Growth", ["seats"] = seats });
    }
}

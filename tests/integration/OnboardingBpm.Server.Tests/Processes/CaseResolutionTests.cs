using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Server.Tests.Processes;

/// <summary>
/// How an onboarding request ends: the segment's agent resolves it from the inbox, which closes the case in the
/// application and in Salesforce, cancels its escalation and sends the satisfaction survey; a follow-up keeps it open.
/// </summary>
public sealed class CaseResolutionTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    private readonly HttpClient admin = factory.CreateClientAs(DemoUsers.Admin);
    private readonly HttpClient ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);

    [Fact]
    public async Task an_agent_resolving_the_request_closes_the_case_everywhere_stops_the_escalation_sends_the_survey_and_starts_the_phases()
    {
        var (onboardingCase, email) = await SubmitAsync();
        factory.Clock.Advance(TimeSpan.FromHours(3));
        var resolvedAt = factory.Clock.GetUtcNow();

        var done = await CompleteTaskAsync(onboardingCase.Id, "Resolved", new JsonObject { ["customerReached"] = true, ["notes"] = "Walked through the plan." });
        await factory.RunSchedulerAsync();

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var resolved = await FindCaseAsync(onboardingCase.Id);
        Assert.Equal((CaseStatus.Resolved, resolvedAt, resolvedAt), (resolved.Status, resolved.ResolvedAt, resolved.FirstContactAt));
        var timeline = await factory.Services.GetRequiredService<ICaseStore>().TimelineAsync(onboardingCase.Id, SegmentScope.All, TestContext.Current.CancellationToken);
        Assert.Equal(DemoUsers.EnterpriseAgent, Assert.Single(timeline, e => e.Kind == "resolved").Actor);
        var salesforceCase = Assert.Single(await factory.SimulatorAsync<JsonArray>("salesforce", "__sim/salesforce/cases"), c => c!["Id"]?.GetValue<string>() == onboardingCase.SalesforceCaseId)!;
        Assert.Equal("Closed", salesforceCase["Status"]!.GetValue<string>());
        Assert.Single((await admin.GetFromJsonAsync<JsonArray>($"/api/mail?recipient={email}&category=survey", TestContext.Current.CancellationToken))!);
        var phases = await factory.Services.GetRequiredService<WorkflowStores>().Instances
            .ListAsync(new InstanceFilter { DefinitionId = "onboarding-phases", CorrelationId = onboardingCase.Id }, TestContext.Current.CancellationToken);
        Assert.Equal(WorkflowStatus.Suspended, Assert.Single(phases.Items).Status);
        var audit = factory.Services.GetRequiredService<IAuditLog>();
        var caseChanges = (await audit.QueryAsync(new AuditQuery(SegmentScope.All) { ResourceId = onboardingCase.Id }, TestContext.Current.CancellationToken)).Items;
        Assert.Contains(caseChanges, e => (e.Action, e.Actor, e.Segment) == (AuditAction.Create, "workflow:onboarding-request", "enterprise"));
        Assert.Contains(caseChanges, e => (e.Action, e.Actor, e.Detail) == (AuditAction.Update, "workflow:case-resolution", $"resolved by {DemoUsers.EnterpriseAgent}"));
        var completions = (await audit.QueryAsync(new AuditQuery(SegmentScope.All) { ResourceKind = AuditResources.Task, Actor = DemoUsers.EnterpriseAgent }, TestContext.Current.CancellationToken)).Items;
        Assert.Equal("enterprise", Assert.Single(completions, e => e.Detail == "completed: Resolved").Segment);

        factory.Clock.Advance(TimeSpan.FromHours(72));
        await factory.RunSchedulerAsync();
        Assert.Null(await factory.Services.GetRequiredService<IEscalationStore>()
            .FindBySubjectAsync(EscalationSubject.Case, onboardingCase.Id, SegmentScope.All, TestContext.Current.CancellationToken));
        Assert.Equal(CaseStatus.Resolved, (await FindCaseAsync(onboardingCase.Id)).Status);
    }

    [Fact]
    public async Task a_follow_up_keeps_the_case_open_and_gives_the_agents_the_task_again()
    {
        var (onboardingCase, email) = await SubmitAsync();

        var done = await CompleteTaskAsync(onboardingCase.Id, "Follow up", new JsonObject { ["customerReached"] = false });
        await factory.RunSchedulerAsync();

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var stillOpen = await FindCaseAsync(onboardingCase.Id);
        Assert.Equal(CaseStatus.Open, stillOpen.Status);
        Assert.Null(stillOpen.FirstContactAt);
        Assert.NotNull(await OpenTaskAsync(onboardingCase.Id));
        Assert.Empty((await factory.Services.GetRequiredService<WorkflowStores>().Instances
            .ListAsync(new InstanceFilter { DefinitionId = "onboarding-phases", CorrelationId = onboardingCase.Id }, TestContext.Current.CancellationToken)).Items);
        Assert.Empty((await admin.GetFromJsonAsync<JsonArray>($"/api/mail?recipient={email}&category=survey", TestContext.Current.CancellationToken))!);
    }

    [Fact]
    public async Task case_resolved_for_an_unknown_case_changes_nothing_and_faults_nothing()
    {
        var correlationKey = $"case-unknown-{Guid.NewGuid():N}";

        var published = await admin.PostAsJsonAsync("/api/events/case.resolved", new { correlationKey }, TestContext.Current.CancellationToken);
        await factory.RunSchedulerAsync();

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var instances = await factory.Services.GetRequiredService<WorkflowStores>().Instances
            .ListAsync(new InstanceFilter { DefinitionId = "case-resolution", CorrelationId = correlationKey }, TestContext.Current.CancellationToken);
        Assert.Equal(WorkflowStatus.Finished, Assert.Single(instances.Items).Status);
    }

    private async Task<(OnboardingCase Case, string Email)> SubmitAsync()
    {
        var submissionId = Guid.NewGuid().ToString("N");
        var email = $"fox.{submissionId}@customer.example";
        var form = new { submissionId, company = "Mulder Research", contactName = "Fox Mulder", email, segment = "enterprise" };
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsJsonAsync("/workflows/onboarding-requests", form, TestContext.Current.CancellationToken)).StatusCode);
        await factory.RunSchedulerAsync();
        var onboardingCase = await factory.Services.GetRequiredService<ICaseStore>().FindByTransactionIdAsync($"web-{submissionId}", SegmentScope.All, TestContext.Current.CancellationToken);
        Assert.NotNull(onboardingCase);
        return (onboardingCase, email);
    }

    private async Task<HttpResponseMessage> CompleteTaskAsync(string caseId, string outcome, JsonObject data)
    {
        var task = await OpenTaskAsync(caseId) ?? throw new InvalidOperationException($"No task for case {caseId}");
        return await ada.PostAsJsonAsync($"/api/tasks/{task["id"]!.GetValue<string>()}/complete", new JsonObject { ["outcome"] = outcome, ["data"] = data }, TestContext.Current.CancellationToken);
    }

    private async Task<JsonNode?> OpenTaskAsync(string caseId)
    {
        var tasks = (await ada.GetFromJsonAsync<JsonObject>("/api/tasks?take=500", TestContext.Current.CancellationToken))!["items"]!.AsArray();
        return tasks.SingleOrDefault(t => t!["definitionId"]!.GetValue<string>() == "onboarding-request" && t["description"]!.GetValue<string>().Contains(caseId, StringComparison.Ordinal));
    }

    private async Task<OnboardingCase> FindCaseAsync(string caseId) =>
        await factory.Services.GetRequiredService<ICaseStore>().FindAsync(caseId, SegmentScope.All, TestContext.Current.CancellationToken)
        ?? throw new InvalidOperationException($"No case {caseId}");
}

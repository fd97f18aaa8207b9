using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Processes;

/// <summary>
/// Process 4 end to end: a submitted onboarding request opens a case whose escalation fires once after 72 hours
/// (Salesforce flag, dashboard alerts, the supervisor's mail), unless the case is resolved first.
/// </summary>
public sealed class EscalationTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    private const string EnterpriseSupervisors = "enterprise.supervisors@onboardingbpm.local";

    private readonly HttpClient admin = factory.CreateClientAs(DemoUsers.Admin);

    [Fact]
    public async Task a_case_still_open_after_72_hours_is_escalated_exactly_once_to_salesforce_the_dashboards_and_the_supervisor()
    {
        var onboardingCase = await SubmitAsync("enterprise");

        factory.Clock.Advance(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));
        await factory.RunSchedulerAsync();
        await factory.RunSchedulerAsync();
        await factory.RunSchedulerAsync();

        var escalations = await factory.Services.GetRequiredService<IEscalationStore>()
            .ListAsync(new EscalationQuery(SegmentScope.All) { CustomerId = onboardingCase.CustomerId }, TestContext.Current.CancellationToken);
        var escalation = Assert.Single(escalations.Items);
        Assert.Equal(onboardingCase.Id, escalation.SubjectId);
        Assert.Equal(EnterpriseSupervisors, escalation.NotifiedSupervisor);
        var escalated = await FindCaseAsync(onboardingCase.Id);
        Assert.Equal(CaseStatus.Escalated, escalated.Status);
        Assert.True(escalated.IsEscalated);

        var mails = await admin.GetFromJsonAsync<JsonArray>($"/api/mail?recipient={EnterpriseSupervisors}&category=escalation", TestContext.Current.CancellationToken);
        var mail = Assert.Single(mails!, m => m!["subject"]!.GetValue<string>().Contains(onboardingCase.Id, StringComparison.Ordinal))!;
        Assert.Contains("72 hours", mail["subject"]!.GetValue<string>(), StringComparison.Ordinal);

        var salesforceCase = Assert.Single(await SalesforceCasesAsync(), c => c!["Id"]?.GetValue<string>() == onboardingCase.SalesforceCaseId)!;
        Assert.True(salesforceCase["IsEscalated"]!.GetValue<bool>());
        Assert.Equal("Escalated", salesforceCase["Status"]!.GetValue<string>());

        Assert.Single(await AlertsOfCaseAsync(DemoUsers.Supervisor, onboardingCase.Id), a => a!["audience"]!.GetValue<string>() == "supervisors");
        Assert.Single(await AlertsOfCaseAsync(DemoUsers.EnterpriseAgent, onboardingCase.Id), a => a!["audience"]!.GetValue<string>() == "segment:enterprise");
        Assert.Empty(await AlertsOfCaseAsync(DemoUsers.SmbAgent, onboardingCase.Id));
    }

    [Fact]
    public async Task a_case_resolved_at_71_hours_is_never_escalated()
    {
        var onboardingCase = await SubmitAsync("enterprise");

        factory.Clock.Advance(TimeSpan.FromHours(71));
        await factory.RunSchedulerAsync();
        var resolved = await admin.PostAsJsonAsync("/api/events/case.resolved", new { correlationKey = onboardingCase.Id }, TestContext.Current.CancellationToken);
        factory.Clock.Advance(TimeSpan.FromHours(2));
        await factory.RunSchedulerAsync();

        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Null(await factory.Services.GetRequiredService<IEscalationStore>()
            .FindBySubjectAsync(EscalationSubject.Case, onboardingCase.Id, SegmentScope.All, TestContext.Current.CancellationToken));
        Assert.False((await FindCaseAsync(onboardingCase.Id)).IsEscalated);
        var salesforceCase = Assert.Single(await SalesforceCasesAsync(), c => c!["Id"]?.GetValue<string>() == onboardingCase.SalesforceCaseId)!;
        Assert.False(salesforceCase["IsEscalated"]!.GetValue<bool>());
        Assert.Empty(await AlertsOfCaseAsync(DemoUsers.Supervisor, onboardingCase.Id));
        var mails = await admin.GetFromJsonAsync<JsonArray>("/api/mail?category=escalation", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(mails!, m => m!["subject"]!.GetValue<string>().Contains(onboardingCase.Id, StringComparison.Ordinal));
    }

    /// <summary>Submits a request and runs the background steps; returns the case it opened.</summary>
    private async Task<OnboardingCase> SubmitAsync(string segment)
    {
        var submissionId = Guid.NewGuid().ToString("N");
        var form = new { submissionId, company = "Skinner Industries", contactName = "Walter Skinner", email = $"walter.{submissionId}@customer.example", segment };
        var response = await admin.PostAsJsonAsync("/workflows/onboarding-requests", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await factory.RunSchedulerAsync();

        var cases = factory.Services.GetRequiredService<ICaseStore>();
        var onboardingCase = await cases.FindByTransactionIdAsync($"web-{submissionId}", SegmentScope.All, TestContext.Current.CancellationToken);
        Assert.NotNull(onboardingCase);
        Assert.False(string.IsNullOrEmpty(onboardingCase.SalesforceCaseId));
        return onboardingCase;
    }

    private async Task<OnboardingCase> FindCaseAsync(string caseId) =>
        await factory.Services.GetRequiredService<ICaseStore>().FindAsync(caseId, SegmentScope.All, TestContext.Current.CancellationToken)
        ?? throw new InvalidOperationException($"No case {caseId}");

    private async Task<IReadOnlyList<JsonNode?>> AlertsOfCaseAsync(string user, string caseId)
    {
        using var client = factory.CreateClientAs(user);
        var alerts = await client.GetFromJsonAsync<JsonArray>("/api/alerts?take=200", TestContext.Current.CancellationToken);
        return alerts!.Where(a => a!["title"]!.GetValue<string>().Contains(caseId, StringComparison.Ordinal)).ToList();
    }


    private Task<JsonArray> SalesforceCasesAsync() => factory.SimulatorAsync<JsonArray>("salesforce", "__sim/salesforce/cases");
}

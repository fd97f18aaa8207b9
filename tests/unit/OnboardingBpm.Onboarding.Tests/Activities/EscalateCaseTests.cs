using System.Text.Json.Nodes;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Onboarding.Activities;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Escalations;

namespace OnboardingBpm.Onboarding.Tests.Activities;

public sealed class EscalateCaseTests
{
    [Fact]
    public async Task a_case_is_escalated_once_however_often_the_step_runs()
    {
        await using var harness = new ActivityHarness(new() { ["Onboarding:SupervisorEmails:smb"] = "smb.lead@onboardingbpm.local" });
        var onboardingCase = await harness.AddCaseAsync("smb");

        var first = await harness.RunAsync("EscalateCase", new JsonObject { ["caseId"] = onboardingCase.Id }, "Escalated", "SupervisorEmail", "CustomerName");
        var second = await harness.RunAsync("EscalateCase", new JsonObject { ["caseId"] = onboardingCase.Id }, "Escalated", "SupervisorEmail");

        Assert.True(first.Variables["Escalated"]!.GetValue<bool>());
        Assert.False(second.Variables["Escalated"]!.GetValue<bool>());
        Assert.Equal("smb.lead@onboardingbpm.local", first.Variables["SupervisorEmail"]!.GetValue<string>());
        Assert.Equal("Acme Corp", first.Variables["CustomerName"]!.GetValue<string>());
        var escalation = Assert.Single((await harness.Escalations.ListAsync(new EscalationQuery(SegmentScope.All))).Items);
        Assert.Equal((EscalationSubject.Case, onboardingCase.Id, "smb.lead@onboardingbpm.local"), (escalation.SubjectKind, escalation.SubjectId, escalation.NotifiedSupervisor));
        var escalated = await harness.Cases.FindAsync(onboardingCase.Id, SegmentScope.All);
        Assert.Equal((CaseStatus.Escalated, true), (escalated!.Status, escalated.IsEscalated));
        Assert.Single(await harness.Cases.TimelineAsync(onboardingCase.Id, SegmentScope.All), e => e.Kind == "escalated");
    }

    [Fact]
    public async Task a_segment_without_a_configured_supervisor_goes_to_the_default_address()
    {
        await using var harness = new ActivityHarness(new() { ["Onboarding:SupervisorEmails:smb"] = "smb.lead@onboardingbpm.local" });
        var onboardingCase = await harness.AddCaseAsync("enterprise");

        var run = await harness.RunAsync("EscalateCase", new JsonObject { ["caseId"] = onboardingCase.Id }, "SupervisorEmail");

        Assert.Equal(EscalateCase.DefaultSupervisorEmail, run.Variables["SupervisorEmail"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_resolved_case_is_not_escalated()
    {
        await using var harness = new ActivityHarness();
        var onboardingCase = await harness.AddCaseAsync("enterprise", CaseStatus.Resolved);

        var run = await harness.RunAsync("EscalateCase", new JsonObject { ["caseId"] = onboardingCase.Id }, "Escalated");

        Assert.False(run.Variables["Escalated"]!.GetValue<bool>());
        Assert.Empty((await harness.Escalations.ListAsync(new EscalationQuery(SegmentScope.All))).Items);
        Assert.Equal(CaseStatus.Resolved, (await harness.Cases.FindAsync(onboardingCase.Id, SegmentScope.All))!.Status);
    }

    [Fact]
    public async Task an_alert_with_the_same_dedup_key_is_raised_once()
    {
        await using var harness = new ActivityHarness();
        var alert = new JsonObject { ["audience"] = "segment:smb", ["title"] = "Case 7 is open for 72 hours", ["dedupKey"] = "escalation:7:segment" };

        var first = await harness.RunAsync("RaiseAlert", alert, "Raised");
        var second = await harness.RunAsync("RaiseAlert", alert, "Raised");

        Assert.True(first.Variables["Raised"]!.GetValue<bool>());
        Assert.False(second.Variables["Raised"]!.GetValue<bool>());
        var raised = Assert.Single(await harness.Alerts.ListAsync(new AlertQuery()));
        Assert.Equal(("segment:smb", "escalation", AlertSeverity.Warning), (raised.Audience, raised.Kind, raised.Severity));
    }
}

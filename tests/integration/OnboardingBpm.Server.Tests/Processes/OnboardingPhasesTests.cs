using System.Globalization;
using System.Text.Json.Nodes;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Server.Tests.Processes;

/// <summary>
/// Process 2 end to end: the six onboarding phases worked through the task API, from the handoff to a customer
/// Active in Salesforce, the case store and Segment, with the plan-revision, UAT, training and readiness loops.
/// </summary>
public sealed partial class OnboardingPhasesTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>, IDisposable
{
    private readonly OnboardingDriver driver = new(factory);

    [Fact]
    public async Task an_onboarding_runs_through_the_six_phases_with_its_loops_and_ends_with_an_active_customer()
    {
        var customer = await driver.SubmitAsync();
        var plannedGoLive = factory.Clock.GetUtcNow().AddDays(60);
        var id = await driver.StartPhasesAsync(customer);
        Assert.Equal(OnboardingPhase.Handoff, (await driver.CaseAsync(customer.Case.Id)).Phase);
        Assert.Single(await driver.InstancesAsync("welcome-training", customer.Case.Id));

        await HandoffAsync(id);
        Assert.Equal(OnboardingPhase.KickoffAndPlanning, (await driver.CaseAsync(customer.Case.Id)).Phase);
        await driver.CompleteAsync(id, "kickoff", "Held", new { engagementScore = 85 });
        await driver.CompleteAsync(id, "plans", "Revise", new { feedback = "Move the data migration before the integrations." });
        await driver.CompleteAsync(id, "revise-plans", "Revised");
        await driver.CompleteAsync(id, "plans", "Approved");
        Assert.Equal(OnboardingPhase.Implementation, (await driver.CaseAsync(customer.Case.Id)).Phase);
        await ImplementAsync(id);
        await driver.CompleteAsync(id, "uat", "Failed", new { failedTests = 2, notes = "Exports time out." });
        await driver.CompleteAsync(id, "fix-uat", "Fixed");
        // The retest comes later than the failed test, so the two are told apart by their completion times.
        await driver.AdvanceAsync(TimeSpan.FromMinutes(30));
        await driver.CompleteAsync(id, "uat", "Passed", new { failedTests = 0 });
        Assert.Equal(OnboardingPhase.Training, (await driver.CaseAsync(customer.Case.Id)).Phase);
        Assert.Empty(await driver.InstancesAsync("soc2-evidence", customer.Case.Id));
        await driver.CompleteAsync(id, "training", "Recorded", new { usersIdentified = 12, usersTrained = 12, lowestAssessmentScore = 72 });
        await driver.CompleteAsync(id, "more-training", "Scheduled");
        await driver.CompleteAsync(id, "training", "Recorded", new { usersIdentified = 12, usersTrained = 12, lowestAssessmentScore = 86 });
        Assert.Equal(OnboardingPhase.GoLive, (await driver.CaseAsync(customer.Case.Id)).Phase);
        await driver.CompleteAsync(id, "readiness", "Reviewed", Readiness(rollbackPlanDocumented: false));
        await driver.CompleteAsync(id, "remediate", "Planned", new { gaps = "No rollback plan.", remediationPlan = "Write and rehearse it.", goLiveDate = Day(plannedGoLive.AddDays(10)) });
        await driver.CompleteAsync(id, "leadership", "Acknowledged", new { decision = "Accepted; keep the customer's executive informed." });
        await driver.CompleteAsync(id, "readiness", "Reviewed", Readiness());
        await driver.AdvanceAsync(TimeSpan.FromDays(6));
        Assert.Equal(OnboardingPhase.GoLive, (await driver.CaseAsync(customer.Case.Id)).Phase);
        await driver.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Equal(OnboardingPhase.PostGoLive, (await driver.CaseAsync(customer.Case.Id)).Phase);
        await driver.CompleteAsync(id, "review", "Completed", new { successMetricsMet = true, engagementScore = 90 });

        Assert.Equal(WorkflowStatus.Finished, (await driver.InstanceAsync(id)).Status);
        var active = await driver.CaseAsync(customer.Case.Id);
        Assert.Equal(OnboardingPhase.Active, active.Phase);
        Assert.Equal(factory.Clock.GetUtcNow(), active.ActiveAt);
        Assert.Equal(94, active.HealthScore);
        Assert.Equal(2, (await driver.TasksAsync(id, "plans")).Count);
        Assert.Equal(["Failed", "Passed"], (await driver.TasksAsync(id, "uat")).OrderBy(t => t.CompletedAt).Select(t => t.Outcome));
        Assert.Equal(2, (await driver.TasksAsync(id, "training")).Count);
        Assert.Equal(DemoUsers.Supervisor, Assert.Single(await driver.TasksAsync(id, "leadership")).CompletedBy);
        var salesforceCase = Assert.Single(await SalesforceCasesAsync(), c => c!["Id"]?.GetValue<string>() == customer.Case.SalesforceCaseId)!;
        Assert.Equal(("Closed", "Active"), (salesforceCase["Status"]!.GetValue<string>(), salesforceCase["Customer_Status__c"]!.GetValue<string>()));
        var events = (await factory.SimulatorAsync<JsonObject>("segment", "__sim/segment/events"))["events"]!.AsArray();
        var completed = Assert.Single(events, e => e!["event"]?.GetValue<string>() == "Onboarding Completed" && e["userId"]?.GetValue<string>() == customer.Email)!;
        Assert.Equal(customer.Case.Id, completed["properties"]!["caseId"]!.GetValue<string>());
        Assert.Empty(await driver.OnboardingAlertsAsync(customer.Case.Id));
    }

    [Fact]
    public async Task a_go_live_slipping_a_week_or_less_is_remediated_without_cs_leadership()
    {
        var customer = await driver.SubmitAsync();
        var plannedGoLive = factory.Clock.GetUtcNow().AddDays(60);
        var id = await driver.StartPhasesAsync(customer);
        await RunToGoLiveReviewAsync(id);

        await driver.CompleteAsync(id, "readiness", "Reviewed", Readiness(goLiveDateConfirmed: false));
        await driver.CompleteAsync(id, "remediate", "Planned", new { gaps = "Date not confirmed.", remediationPlan = "Confirm with the sponsor.", goLiveDate = Day(plannedGoLive.AddDays(5)) });

        Assert.Empty(await driver.TasksAsync(id, "leadership"));
        Assert.Single(await driver.TasksAsync(id, "readiness", activeOnly: true));
    }

    [Fact]
    public async Task the_soc2_evidence_steps_run_after_implementation_only_when_the_customer_needs_them()
    {
        var customer = await driver.SubmitAsync();
        var id = await driver.StartPhasesAsync(customer, needsSoc2: true);
        await HandoffAsync(id);
        await driver.CompleteAsync(id, "kickoff", "Held", new { engagementScore = 80 });
        await driver.CompleteAsync(id, "plans", "Approved");
        await ImplementAsync(id);
        await driver.CompleteAsync(id, "uat", "Passed", new { failedTests = 0 });

        var soc2 = Assert.Single(await driver.InstancesAsync("soc2-evidence", customer.Case.Id)).Id;
        Assert.Empty(await driver.TasksAsync(id, "training"));
        Assert.Equal(OnboardingPhase.Implementation, (await driver.CaseAsync(customer.Case.Id)).Phase);
        await driver.CompleteAsync(soc2, "collect", "Collected", Evidence());
        await driver.CompleteAsync(soc2, "security-review", "Changes needed", new { findings = "MFA is optional for admins." });
        await driver.CompleteAsync(soc2, "collect", "Collected", Evidence());
        await driver.CompleteAsync(soc2, "security-review", "Approved");
        await driver.CompleteAsync(soc2, "compliance", "Signed off");
        await driver.CompleteAsync(soc2, "customer-approval", "Approved", new { approver = "Walter Skinner" });

        Assert.Equal(WorkflowStatus.Finished, (await driver.InstanceAsync(soc2)).Status);
        Assert.Single(await driver.MailsAsync(customer.Email, "soc2-evidence"));
        Assert.Single(await driver.TasksAsync(id, "training", activeOnly: true));
        Assert.Equal(OnboardingPhase.Training, (await driver.CaseAsync(customer.Case.Id)).Phase);
    }

    private async Task HandoffAsync(string id)
    {
        await driver.CompleteAsync(id, "handoff", "Complete", new { products = "Analytics suite, 50 seats", successCriteria = "50 analysts use the dashboards weekly" });
        await driver.CompleteAsync(id, "assign-csm", "Assigned", new { csm = DemoUsers.EnterpriseAgent, implementationSpecialist = "Ian Stall", supportTier = "Premium" });
        await driver.CompleteAsync(id, "introduce", "Sent");
    }

    private async Task ImplementAsync(string id, string? blocker = null, int engagement = 85)
    {
        await driver.CompleteAsync(id, "configure", "Signed off", new { engagementScore = engagement, blocker });
        await driver.CompleteAsync(id, "migrate", "Not needed", new { engagementScore = engagement });
        await driver.CompleteAsync(id, "integrate", "Approved", new { engagementScore = engagement });
    }

    private async Task RunToGoLiveReviewAsync(string id)
    {
        await HandoffAsync(id);
        await driver.CompleteAsync(id, "kickoff", "Held", new { engagementScore = 85 });
        await driver.CompleteAsync(id, "plans", "Approved");
        await ImplementAsync(id);
        await driver.CompleteAsync(id, "uat", "Passed", new { failedTests = 0 });
        await driver.CompleteAsync(id, "training", "Recorded", new { usersIdentified = 5, usersTrained = 5, lowestAssessmentScore = 80 });
    }

    private static object Readiness(bool rollbackPlanDocumented = true, bool goLiveDateConfirmed = true) => new
    {
        implementationComplete = true,
        uatSignedOff = true,
        trainingComplete = true,
        supportCommunicated = true,
        escalationPathsConfirmed = true,
        rollbackPlanDocumented,
        goLiveDateConfirmed,
    };

    private static object Evidence() => new { accessControl = true, encryption = true, auditLogs = true, securityAssessment = true, evidenceLocation = "https://evidence.example/mulder" };

    private static string Day(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<JsonArray> SalesforceCasesAsync() => factory.SimulatorAsync<JsonArray>("salesforce", "__sim/salesforce/cases");

    public void Dispose() => driver.Dispose();
}

using OnboardingBpm.Onboarding.Health;

namespace OnboardingBpm.Server.Tests.Processes;

/// <summary>The early warnings and the procedure's deadlines, on the fake clock.</summary>
public sealed partial class OnboardingPhasesTests
{
    [Fact]
    public async Task each_early_warning_alerts_the_segment_once_when_its_trigger_fires()
    {
        var customer = await driver.SubmitAsync();
        var id = await driver.StartPhasesAsync(customer);

        await driver.AdvanceAsync(TimeSpan.FromDays(9) + TimeSpan.FromHours(1));
        Assert.Equal(["a milestone missed by more than a week"], await WarningsAsync(customer.Case.Id));

        await HandoffAsync(id);
        await driver.CompleteAsync(id, "kickoff", "Held", new { engagementScore = 60 });
        Assert.Equal(["a milestone missed by more than a week", "engagement below 70"], await WarningsAsync(customer.Case.Id));

        await driver.CompleteAsync(id, "plans", "Approved");
        await driver.CompleteAsync(id, "configure", "Signed off", new { engagementScore = 65, blocker = "SSO certificate not issued" });
        await driver.AdvanceAsync(TimeSpan.FromDays(3) - TimeSpan.FromHours(1));
        Assert.Equal(2, (await WarningsAsync(customer.Case.Id)).Count);
        await driver.AdvanceAsync(TimeSpan.FromHours(2));
        await driver.AdvanceAsync(TimeSpan.FromDays(1));
        await driver.CompleteAsync(id, "migrate", "Not needed", new { engagementScore = 62 });

        var warnings = await driver.OnboardingAlertsAsync(customer.Case.Id);
        Assert.Equal(
            ["a blocker open more than 3 days", "a milestone missed by more than a week", "engagement below 70"],
            warnings.Where(a => a.Kind == "health-warning").Select(a => After(a.Title)).Order());
        Assert.All(warnings.Where(a => a.Kind == "health-warning"), a => Assert.Equal("segment:enterprise", a.Audience));
        Assert.Contains("SSO certificate not issued", warnings.Single(a => a.Title.EndsWith("3 days", StringComparison.Ordinal)).Detail, StringComparison.Ordinal);
        var health = (await driver.CaseAsync(customer.Case.Id)).HealthScore;
        Assert.True(health < HealthScore.EngagementThreshold, $"health {health}");
    }

    [Fact]
    public async Task late_handoff_assignment_and_introduction_alert_the_supervisors_once_each()
    {
        var customer = await driver.SubmitAsync();
        var id = await driver.StartPhasesAsync(customer);

        await driver.AdvanceAsync(TimeSpan.FromHours(23));
        Assert.Empty(await DeadlineAlertsAsync(customer.Case.Id));
        await driver.AdvanceAsync(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(["the handoff form is not complete after 24 hours"], await DeadlineAlertsAsync(customer.Case.Id));

        await driver.CompleteAsync(id, "handoff", "Complete", new { products = "Suite", successCriteria = "Adoption" });
        var assignment = await driver.TaskAsync(id, "assign-csm");
        var due = assignment.DueAt!.Value;
        Assert.True(due - assignment.CreatedAt >= TimeSpan.FromHours(4));
        Assert.True(due.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && due.TimeOfDay > TimeSpan.FromHours(9) && due.TimeOfDay <= TimeSpan.FromHours(17), $"due {due:O}");
        await driver.AdvanceAsync(due - factory.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        Assert.Single(await DeadlineAlertsAsync(customer.Case.Id));
        await driver.AdvanceAsync(TimeSpan.FromMinutes(2));
        Assert.Contains("no CSM assigned within 4 business hours", await DeadlineAlertsAsync(customer.Case.Id));

        await driver.CompleteAsync(id, "assign-csm", "Assigned", new { csm = "ada.agent@onboardingbpm.local", implementationSpecialist = "Ian Stall", supportTier = "Standard" });
        await driver.AdvanceAsync(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await driver.AdvanceAsync(TimeSpan.FromHours(24));

        Assert.Equal(
            ["no CSM assigned within 4 business hours", "no introduction email within 24 hours of the assignment", "the handoff form is not complete after 24 hours"],
            (await DeadlineAlertsAsync(customer.Case.Id)).Order());
        Assert.All((await driver.OnboardingAlertsAsync(customer.Case.Id)).Where(a => a.Kind == "onboarding-deadline"), a => Assert.Equal("supervisors", a.Audience));
        Assert.Single(await driver.TasksAsync(id, "introduce", activeOnly: true));
    }

    private async Task<IReadOnlyList<string>> WarningsAsync(string caseId) =>
        [.. (await driver.OnboardingAlertsAsync(caseId)).Where(a => a.Kind == "health-warning").Select(a => After(a.Title)).Order()];

    private async Task<IReadOnlyList<string>> DeadlineAlertsAsync(string caseId) =>
        [.. (await driver.OnboardingAlertsAsync(caseId)).Where(a => a.Kind == "onboarding-deadline").Select(a => After(a.Title))];

    private static string After(string title) => title[(title.IndexOf(": ", StringComparison.Ordinal) + 2)..];
}

using OnboardingBpm.Onboarding.Health;

namespace OnboardingBpm.Onboarding.Tests.Health;

public sealed class HealthScoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 12, 0, 0, TimeSpan.Zero);

    private static HealthRecord Record(int engagement = 90, IReadOnlyList<Blocker>? blockers = null, IReadOnlyList<Milestone>? milestones = null) =>
        new(engagement, blockers ?? [], milestones ?? []);

    [Fact]
    public void a_healthy_onboarding_scores_its_weighted_engagement_and_full_delivery_without_warnings()
    {
        var assessment = HealthScore.Assess(Record(engagement: 90), Now);

        Assert.Equal(94, assessment.Score);
        Assert.Empty(assessment.Warnings);
    }

    [Theory]
    [InlineData(70, false)]
    [InlineData(69, true)]
    public void engagement_below_70_is_an_early_warning(int engagement, bool warned)
    {
        var assessment = HealthScore.Assess(Record(engagement), Now);

        Assert.Equal(warned, assessment.Warnings.Contains(EarlyWarning.LowEngagement));
    }

    [Fact]
    public void a_blocker_warns_only_once_it_is_open_more_than_3_days()
    {
        var exactly3Days = Record(blockers: [new Blocker("SSO certificate", Now.AddDays(-3))]);
        var over3Days = Record(blockers: [new Blocker("SSO certificate", Now.AddDays(-3).AddMinutes(-1))]);

        var fresh = HealthScore.Assess(exactly3Days, Now);
        var stale = HealthScore.Assess(over3Days, Now);

        Assert.Empty(fresh.Warnings);
        Assert.Equal(90, fresh.Score);
        Assert.Equal([EarlyWarning.StaleBlocker], stale.Warnings);
        Assert.Equal(80, stale.Score);
    }

    [Fact]
    public void a_milestone_more_than_a_week_late_warns_whether_open_or_completed_late()
    {
        var open = Record(milestones: [new Milestone("Kickoff and planning", Now.AddDays(-8))]);
        var completedLate = Record(milestones: [new Milestone("Kickoff and planning", Now.AddDays(-20), Now.AddDays(-12))]);
        var sixDaysLate = Record(milestones: [new Milestone("Kickoff and planning", Now.AddDays(-6))]);

        Assert.Equal([EarlyWarning.MissedMilestone], HealthScore.Assess(open, Now).Warnings);
        Assert.Equal([EarlyWarning.MissedMilestone], HealthScore.Assess(completedLate, Now).Warnings);
        Assert.Empty(HealthScore.Assess(sixDaysLate, Now).Warnings);
    }

    [Fact]
    public void the_score_never_leaves_0_to_100()
    {
        var blockers = Enumerable.Range(0, 6).Select(i => new Blocker($"blocker {i}", Now.AddDays(-10))).ToList();

        var worst = HealthScore.Assess(Record(engagement: -5, blockers: blockers), Now);
        var best = HealthScore.Assess(Record(engagement: 150), Now);

        Assert.Equal(0, worst.Score);
        Assert.Equal(100, best.Score);
    }

    [Fact]
    public void a_check_in_replaces_engagement_adds_a_new_blocker_once_and_a_clearance_removes_them()
    {
        var start = Record(engagement: 90);

        var reported = start.With(new CheckIn(65, "Firewall rule", false), Now);
        var repeated = reported.With(new CheckIn(null, "firewall rule", false), Now.AddDays(1));
        var cleared = repeated.With(new CheckIn(85, null, true), Now.AddDays(2));

        Assert.Equal(65, repeated.Engagement);
        Assert.Equal([new Blocker("Firewall rule", Now)], repeated.Blockers);
        Assert.Equal(85, cleared.Engagement);
        Assert.Empty(cleared.Blockers);
    }

    [Fact]
    public void a_milestone_is_marked_reached_the_first_time_only()
    {
        var plan = Record(milestones: [new Milestone("Handoff", Now.AddDays(2)), new Milestone("Go-live", Now.AddDays(60))]);

        var reached = plan.WithMilestoneReached("Handoff", Now).WithMilestoneReached("Handoff", Now.AddDays(1));

        Assert.Equal(Now, reached.Milestones[0].CompletedAt);
        Assert.Null(reached.Milestones[1].CompletedAt);
    }
}

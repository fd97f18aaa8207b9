namespace OnboardingBpm.Onboarding.Health;

/// <summary>The early-warning triggers of the onboarding procedure (90-day workflow, "Early Warning Triggers").</summary>
public enum EarlyWarning
{
    /// <summary>The engagement score dropped below 70.</summary>
    LowEngagement,

    /// <summary>A technical blocker is open for more than 3 days.</summary>
    StaleBlocker,

    /// <summary>A milestone was missed by more than a week.</summary>
    MissedMilestone,
}

public sealed record HealthAssessment(int Score, IReadOnlyList<EarlyWarning> Warnings);

/// <summary>
/// The composite health score: 60% the customer's engagement, 40% delivery. Delivery starts at 100 and loses
/// 10 for each open blocker, 25 more once it is older than 3 days, and 25 for each milestone more than a week
/// late. The weights are ours (the procedure names the inputs, not the formula); the triggers are the procedure's.
/// </summary>
public static class HealthScore
{
    public const int EngagementThreshold = 70;
    public static readonly TimeSpan BlockerLimit = TimeSpan.FromDays(3);
    public static readonly TimeSpan MilestoneSlipLimit = TimeSpan.FromDays(7);

    private const double EngagementWeight = 0.6;
    private const int OpenBlockerPenalty = 10;
    private const int StalePenalty = 25;

    public static HealthAssessment Assess(HealthRecord record, DateTimeOffset now)
    {
        var engagement = Math.Clamp(record.Engagement, 0, 100);
        var stale = record.Blockers.Count(b => now - b.OpenedAt > BlockerLimit);
        var missed = record.Milestones.Count(m => m.SlipAt(now) > MilestoneSlipLimit);
        var delivery = Math.Max(0, 100 - OpenBlockerPenalty * record.Blockers.Count - StalePenalty * (stale + missed));
        var score = (int)Math.Round(EngagementWeight * engagement + (1 - EngagementWeight) * delivery, MidpointRounding.AwayFromZero);

        var warnings = new List<EarlyWarning>();
        if (engagement < EngagementThreshold)
        {
            warnings.Add(EarlyWarning.LowEngagement);
        }

        if (stale > 0)
        {
            warnings.Add(EarlyWarning.StaleBlocker);
        }

        if (missed > 0)
        {
            warnings.Add(EarlyWarning.MissedMilestone);
        }

        return new HealthAssessment(score, warnings);
    }
}

using System.Globalization;

namespace OnboardingBpm.Onboarding.Health;

/// <summary>How an early warning reads on the dashboard (no personal data: blocker titles are the CSM's words about the project).</summary>
public static class HealthWarnings
{
    public static string Title(EarlyWarning warning) => warning switch
    {
        EarlyWarning.LowEngagement => "engagement below 70",
        EarlyWarning.StaleBlocker => "a blocker open more than 3 days",
        EarlyWarning.MissedMilestone => "a milestone missed by more than a week",
        _ => warning.ToString(),
    };

    public static string Detail(EarlyWarning warning, HealthRecord record, DateTimeOffset now) => warning switch
    {
        EarlyWarning.LowEngagement => $"The last reported engagement score is {record.Engagement}.",
        EarlyWarning.StaleBlocker => "Open for more than 3 days: " + string.Join(", ", record.Blockers
            .Where(b => now - b.OpenedAt > HealthScore.BlockerLimit)
            .Select(b => $"{b.Title} (since {b.OpenedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})")) + ".",
        EarlyWarning.MissedMilestone => "Late by more than a week: " + string.Join(", ", record.Milestones
            .Where(m => m.SlipAt(now) > HealthScore.MilestoneSlipLimit)
            .Select(m => $"{m.Name} (due {m.DueAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})")) + ".",
        _ => "",
    };
}

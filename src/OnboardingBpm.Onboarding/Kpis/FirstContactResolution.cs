namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>
/// First-contact resolution rate: resolutions at first contact ÷ all resolutions in the period. A reopen
/// within the window after the resolution (inclusive, default 5 days) cancels the first-contact credit.
/// </summary>
public static class FirstContactResolution
{
    public static KpiMeasurement Measure(IEnumerable<ResolutionFact> facts, ReportingPeriod period, string segment, TimeSpan reopenWindow)
    {
        var resolved = facts.Where(f => KpiSegments.Includes(segment, f.Segment) && period.Contains(f.ResolvedAt)).ToList();
        return KpiMeasurement.Percent(resolved.Count(f => CountsAsFirstContact(f, reopenWindow)), resolved.Count);
    }

    public static bool CountsAsFirstContact(ResolutionFact fact, TimeSpan reopenWindow) =>
        fact.ResolvedAtFirstContact && !(fact.ReopenedAt is { } reopened && reopened - fact.ResolvedAt <= reopenWindow);
}

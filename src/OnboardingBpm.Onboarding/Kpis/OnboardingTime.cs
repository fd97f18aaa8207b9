namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>
/// Onboarding completion time: the median days from submission to Active of the cases that became Active in
/// the period. The median, because one stalled enterprise onboarding would drag a mean far from the typical case.
/// </summary>
public static class OnboardingTime
{
    public static KpiMeasurement Measure(IEnumerable<OnboardingFact> facts, ReportingPeriod period, string segment)
    {
        var days = facts
            .Where(f => KpiSegments.Includes(segment, f.Segment) && period.Contains(f.ActiveAt))
            .Select(f => (decimal)(f.ActiveAt!.Value - f.SubmittedAt).Ticks / TimeSpan.TicksPerDay)
            .Order()
            .ToList();
        return days.Count == 0 ? KpiMeasurement.NoData : new KpiMeasurement(Median(days), days.Count);
    }

    private static decimal Median(List<decimal> sorted)
    {
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

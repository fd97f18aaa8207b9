using System.Globalization;

namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>Every KPI of a period, for all segments together and for each segment, each against the previous period.</summary>
public sealed record KpiReport(ReportingPeriod Period, IReadOnlyList<SegmentKpis> Segments)
{
    /// <summary>"kpi-report-2026-01-05": the report's files are named after the period's first day.</summary>
    public string FileStem => string.Create(CultureInfo.InvariantCulture, $"kpi-report-{Period.FirstDay:yyyy-MM-dd}");

    public IEnumerable<(string Segment, KpiResult Result)> Results =>
        Segments.SelectMany(s => s.Results.Select(r => (s.Segment, r)));

    public IEnumerable<(string Segment, KpiResult Result)> OffTarget =>
        Results.Where(r => r.Result.Status == KpiStatus.OffTarget);

    public SegmentKpis Segment(string segment) =>
        Segments.FirstOrDefault(s => string.Equals(s.Segment, segment, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The report has no segment '{segment}'.");
}

public sealed record SegmentKpis(string Segment, IReadOnlyList<KpiResult> Results)
{
    public KpiResult this[Kpi kpi] => Results.First(r => r.Kpi == kpi);
}

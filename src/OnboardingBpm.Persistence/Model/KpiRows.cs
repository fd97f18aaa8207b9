namespace OnboardingBpm.Persistence.Model;

/// <summary>One KPI of one segment ("all" included) in one reported period; the key is (period, segment, KPI).</summary>
public sealed class KpiSnapshotRow : ISegmentedRow
{
    public DateTimeOffset PeriodStart { get; set; }
    public DateTimeOffset PeriodEnd { get; set; }
    public string Segment { get; set; } = "";
    public string Kpi { get; set; } = "";
    public decimal? Value { get; set; }
    public int SampleSize { get; set; }
    public decimal? Target { get; set; }
    public string? TargetComparison { get; set; }
    public string Status { get; set; } = "";
    public DateTimeOffset ComputedAt { get; set; }
    public string ReportId { get; set; } = "";
}

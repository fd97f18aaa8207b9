namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>
/// One KPI of one segment (or <see cref="KpiSegments.All"/>) as a biweekly report stated it. The history keeps
/// what was reported, not a recomputation: a late reopen changes a recomputed figure, never a snapshot.
/// </summary>
public sealed record KpiSnapshot
{
    public required DateTimeOffset PeriodStart { get; init; }
    public required DateTimeOffset PeriodEnd { get; init; }
    public required string Segment { get; init; }
    public required Kpi Kpi { get; init; }
    public decimal? Value { get; init; }
    public int SampleSize { get; init; }

    /// <summary>The threshold the KPI was held to; null when it had no target (no baseline configured).</summary>
    public decimal? Target { get; init; }

    /// <summary>"&gt;=" or "&lt;=" before <see cref="Target"/>.</summary>
    public string? TargetComparison { get; init; }

    public required KpiStatus Status { get; init; }
    public required DateTimeOffset ComputedAt { get; init; }

    /// <summary>The report run that stored the period: a replay of that run recognises its own snapshots.</summary>
    public required string ReportId { get; init; }

    public ReportingPeriod Period => new(PeriodStart, PeriodEnd);

    /// <summary>Every result of the report, one snapshot each.</summary>
    public static IReadOnlyList<KpiSnapshot> From(KpiReport report, string reportId, DateTimeOffset computedAt) =>
        report.Results.Select(r => new KpiSnapshot
        {
            PeriodStart = report.Period.Start,
            PeriodEnd = report.Period.End,
            Segment = r.Segment,
            Kpi = r.Result.Kpi,
            Value = r.Result.Current.Value,
            SampleSize = r.Result.Current.SampleSize,
            Target = r.Result.Target?.Threshold,
            TargetComparison = r.Result.Target?.Comparison,
            Status = r.Result.Status,
            ComputedAt = computedAt,
            ReportId = reportId,
        }).ToList();
}

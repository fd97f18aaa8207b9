using System.Globalization;
using OnboardingBpm.Onboarding.Kpis;

namespace OnboardingBpm.Server.Features.Kpis;

/// <summary>One KPI of one segment as the API shows it; values are numbers, the unit is separate, no data is null.</summary>
public sealed record KpiValueView(
    string Kpi,
    string Name,
    string Unit,
    decimal? Value,
    int SampleSize,
    decimal? Target,
    string? TargetComparison,
    string Status,
    decimal? PreviousValue,
    string Trend)
{
    public static KpiValueView From(KpiResult result) => new(
        result.Kpi.ToString(),
        result.Kpi.Name(),
        result.Kpi.Unit(),
        result.Current.Value,
        result.Current.SampleSize,
        result.Target?.Threshold,
        result.Target?.Comparison,
        result.Status.ToString(),
        result.Previous.Value,
        result.Trend.ToString());
}

public sealed record SegmentKpisView(string Segment, IReadOnlyList<KpiValueView> Kpis);

/// <summary>A stored snapshot: what the report of its period stated.</summary>
public sealed record KpiSnapshotView(
    string PeriodStart,
    string PeriodEnd,
    string Segment,
    string Kpi,
    string Name,
    string Unit,
    decimal? Value,
    int SampleSize,
    decimal? Target,
    string? TargetComparison,
    string Status,
    DateTimeOffset ComputedAt)
{
    public static KpiSnapshotView From(KpiSnapshot snapshot) => new(
        Day(snapshot.Period.FirstDay),
        Day(snapshot.Period.LastDay),
        snapshot.Segment,
        snapshot.Kpi.ToString(),
        snapshot.Kpi.Name(),
        snapshot.Kpi.Unit(),
        snapshot.Value,
        snapshot.SampleSize,
        snapshot.Target,
        snapshot.TargetComparison,
        snapshot.Status.ToString(),
        snapshot.ComputedAt);

    /// <summary>The first and last day the period covers (yyyy-MM-dd).</summary>
    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>How the CSV and the mail print values: at most two decimals, invariant culture, words for the verdicts.</summary>
internal static class KpiFormat
{
    public static string? Number(decimal? value) =>
        value?.ToString("0.##", CultureInfo.InvariantCulture);

    public static string WithUnit(Kpi kpi, decimal? value) =>
        Number(value) is not { } number ? "no data"
        : kpi.Unit() == "%" ? $"{number}%"
        : $"{number} {kpi.Unit()}";

    public static string? Target(KpiTarget? target) =>
        target is null ? null : $"{target.Comparison} {Number(target.Threshold)}";

    public static string TargetWithUnit(Kpi kpi, KpiTarget? target) =>
        target is null ? "not set" : $"{(target.HigherIsBetter ? "at least" : "at most")} {WithUnit(kpi, target.Threshold)}";

    public static string Status(KpiStatus status) => status switch
    {
        KpiStatus.OnTarget => "on target",
        KpiStatus.OffTarget => "off target",
        KpiStatus.NoData => "no data",
        KpiStatus.NoTarget => "no target",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Trend(KpiTrend trend) => trend switch
    {
        KpiTrend.Improved => "improved",
        KpiTrend.Worsened => "worsened",
        KpiTrend.Unchanged => "unchanged",
        KpiTrend.NoComparison => "no comparison",
        _ => throw new ArgumentOutOfRangeException(nameof(trend), trend, null),
    };

    public static string Segment(string segment) => segment == KpiSegments.All ? "all segments" : segment;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

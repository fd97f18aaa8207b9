using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Kpis;

namespace OnboardingBpm.Server.Tests.Kpis;

/// <summary>A stored report as the biweekly report saves it, without running the report workflow.</summary>
internal static class SeededKpiSnapshots
{
    /// <summary>Every KPI of <paramref name="segments"/> (default: every segment and "all"), FCR 2 of 3 (off target), computed the Monday after the period.</summary>
    public static List<KpiSnapshot> Report(DateTimeOffset start, IReadOnlyList<string>? segments = null) =>
        [.. (segments ?? [KpiSegments.All, .. Segments.All]).SelectMany(segment => KpiDescriptions.All.Select(kpi => new KpiSnapshot
        {
            PeriodStart = start,
            PeriodEnd = start.AddDays(14),
            Segment = segment,
            Kpi = kpi,
            Value = kpi == Kpi.FirstContactResolution ? 200m / 3 : 100m,
            SampleSize = 3,
            Target = 85m,
            TargetComparison = ">=",
            Status = kpi == Kpi.FirstContactResolution ? KpiStatus.OffTarget : KpiStatus.OnTarget,
            ComputedAt = start.AddDays(14).AddHours(6),
            ReportId = $"seeded-{start:yyyyMMdd}",
        }))];
}

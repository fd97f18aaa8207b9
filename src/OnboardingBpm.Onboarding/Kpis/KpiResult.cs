namespace OnboardingBpm.Onboarding.Kpis;

public enum KpiStatus
{
    OnTarget,
    OffTarget,

    /// <summary>Nothing to measure in the period (an empty denominator).</summary>
    NoData,

    /// <summary>Measured, but the target needs a baseline that is not configured.</summary>
    NoTarget,
}

public enum KpiTrend
{
    Improved,
    Worsened,
    Unchanged,

    /// <summary>This period or the previous one has no data.</summary>
    NoComparison,
}

/// <summary>One KPI of one segment in one period: its value, the previous period's, the target and the verdict.</summary>
public sealed record KpiResult(Kpi Kpi, KpiMeasurement Current, KpiMeasurement Previous, KpiTarget? Target)
{
    public KpiStatus Status =>
        Current.Value is not { } value ? KpiStatus.NoData
        : Target is null ? KpiStatus.NoTarget
        : Target.IsMetBy(value) ? KpiStatus.OnTarget
        : KpiStatus.OffTarget;

    /// <summary>This period's value minus the previous one's; its sign alone does not say better or worse.</summary>
    public decimal? Change => Current.Value - Previous.Value;

    /// <summary>Better or worse than the previous period, in the KPI's own direction (shorter onboarding is better).</summary>
    public KpiTrend Trend => Change switch
    {
        null => KpiTrend.NoComparison,
        0 => KpiTrend.Unchanged,
        > 0 => Kpi.HigherIsBetter() ? KpiTrend.Improved : KpiTrend.Worsened,
        _ => Kpi.HigherIsBetter() ? KpiTrend.Worsened : KpiTrend.Improved,
    };
}

namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>
/// A KPI's value in one period and segment, and how many cases, resolutions or answers it rests on. No
/// data (an empty denominator) has no value at all, so it never reads as 0% or NaN.
/// </summary>
public sealed record KpiMeasurement(decimal? Value, int SampleSize)
{
    public static KpiMeasurement NoData { get; } = new(null, 0);

    public bool HasData => Value is not null;

    public static KpiMeasurement Percent(int hits, int total) =>
        total == 0 ? NoData : new KpiMeasurement(hits * 100m / total, total);
}

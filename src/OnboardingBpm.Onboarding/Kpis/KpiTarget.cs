namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>A threshold a KPI must reach: at least it for the rates, at most it for onboarding time. Reaching it exactly counts.</summary>
public sealed record KpiTarget(decimal Threshold, bool HigherIsBetter)
{
    public static KpiTarget AtLeast(decimal threshold) => new(threshold, HigherIsBetter: true);

    public static KpiTarget AtMost(decimal threshold) => new(threshold, HigherIsBetter: false);

    /// <summary>"&gt;=" or "&lt;=", as the report prints it before the threshold.</summary>
    public string Comparison => HigherIsBetter ? ">=" : "<=";

    public bool IsMetBy(decimal value) => HigherIsBetter ? value >= Threshold : value <= Threshold;
}

namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>The <c>Kpis</c> section: the reporting calendar, the first-contact rule, the targets and the report folder.</summary>
public sealed class KpiOptions
{
    public const string Section = "Kpis";

    /// <summary>The first day of a biweekly period (midnight UTC); every period is 14 days from it.</summary>
    public DateOnly PeriodAnchor { get; set; } = new(2026, 1, 5);

    /// <summary>A reopen this soon after the resolution (inclusive) cancels its first-contact credit.</summary>
    public TimeSpan FcrReopenWindow { get; set; } = TimeSpan.FromDays(5);

    /// <summary>The secure shared drive the reports are written to; relative to the working directory.</summary>
    public string ReportFolder { get; set; } = "data/kpi-reports";

    /// <summary>Who receives the biweekly report mail (one address or a distribution list).</summary>
    public string Stakeholders { get; set; } = "kpi-stakeholders@onboardingbpm.local";

    public KpiTargets Targets { get; set; } = new();
}

/// <summary>
/// The <c>Kpis:Targets</c> section. The onboarding and CSAT targets are relative to a baseline measured
/// before the initiative; until a baseline is configured those KPIs are reported without a target.
/// </summary>
public sealed class KpiTargets
{
    /// <summary>Median onboarding days before the initiative.</summary>
    public decimal? OnboardingBaselineDays { get; set; }

    /// <summary>How far below the baseline the median must be, in percent of the baseline.</summary>
    public decimal OnboardingReductionPercent { get; set; } = 40;

    public decimal FirstContactResolutionPercent { get; set; } = 85;

    /// <summary>CSAT (percent of 4-5 answers) before the initiative.</summary>
    public decimal? CsatBaselinePercent { get; set; }

    /// <summary>How far above the baseline CSAT must be, relative to it: 20 turns a baseline of 70% into 84%.</summary>
    public decimal CsatImprovementPercent { get; set; } = 20;

    public decimal SlaAttainmentPercent { get; set; } = 95;

    /// <summary>The threshold a KPI is held to, or null when its baseline is not configured.</summary>
    public KpiTarget? For(Kpi kpi) => kpi switch
    {
        Kpi.OnboardingTime => OnboardingBaselineDays is { } days
            ? KpiTarget.AtMost(days * (100 - OnboardingReductionPercent) / 100)
            : null,
        Kpi.FirstContactResolution => KpiTarget.AtLeast(FirstContactResolutionPercent),
        Kpi.CustomerSatisfaction => CsatBaselinePercent is { } csat
            ? KpiTarget.AtLeast(csat * (100 + CsatImprovementPercent) / 100)
            : null,
        Kpi.SlaAttainment => KpiTarget.AtLeast(SlaAttainmentPercent),
        _ => throw new ArgumentOutOfRangeException(nameof(kpi), kpi, null),
    };
}

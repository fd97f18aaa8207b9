namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>The KPIs the biweekly report tracks.</summary>
public enum Kpi
{
    /// <summary>Median days from submission to Active, of the cases that became Active in the period.</summary>
    OnboardingTime,

    /// <summary>Percent of the resolutions in the period made at first contact and not reopened soon after.</summary>
    FirstContactResolution,

    /// <summary>Percent of the survey answers in the period rated 4 or 5.</summary>
    CustomerSatisfaction,

    /// <summary>Percent of the items measured in the period resolved before their 72-hour escalation.</summary>
    SlaAttainment,
}

public static class KpiDescriptions
{
    public static IReadOnlyList<Kpi> All { get; } = Enum.GetValues<Kpi>();

    public static string Name(this Kpi kpi) => kpi switch
    {
        Kpi.OnboardingTime => "Onboarding time (median)",
        Kpi.FirstContactResolution => "First-contact resolution",
        Kpi.CustomerSatisfaction => "CSAT",
        Kpi.SlaAttainment => "SLA attainment",
        _ => throw new ArgumentOutOfRangeException(nameof(kpi), kpi, null),
    };

    public static string Unit(this Kpi kpi) => kpi == Kpi.OnboardingTime ? "days" : "%";

    /// <summary>Onboarding time is better when lower; the rates are better when higher.</summary>
    public static bool HigherIsBetter(this Kpi kpi) => kpi != Kpi.OnboardingTime;
}

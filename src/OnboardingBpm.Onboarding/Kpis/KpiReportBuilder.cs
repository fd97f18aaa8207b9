namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>Computes a period's report from facts: a pure function of its inputs, so it can be recomputed for any past period.</summary>
public static class KpiReportBuilder
{
    /// <param name="period">The period reported; the period just before it is the trend's comparison.</param>
    /// <param name="facts">Facts of any time: each KPI picks the ones of the period.</param>
    /// <param name="knownSegments">Segments always reported, with no data if need be; others named by facts are added.</param>
    /// <param name="options">The reopen window and the targets.</param>
    public static KpiReport Build(ReportingPeriod period, KpiFacts facts, IEnumerable<string> knownSegments, KpiOptions options)
    {
        var previous = period.Previous();
        var segments = KpiSegments.ForReport(knownSegments, facts.Segments)
            .Select(segment => new SegmentKpis(segment, KpiDescriptions.All
                .Select(kpi => new KpiResult(
                    kpi,
                    Measure(kpi, facts, period, segment, options),
                    Measure(kpi, facts, previous, segment, options),
                    options.Targets.For(kpi)))
                .ToList()))
            .ToList();
        return new KpiReport(period, segments);
    }

    public static KpiMeasurement Measure(Kpi kpi, KpiFacts facts, ReportingPeriod period, string segment, KpiOptions options) => kpi switch
    {
        Kpi.OnboardingTime => OnboardingTime.Measure(facts.Onboardings, period, segment),
        Kpi.FirstContactResolution => FirstContactResolution.Measure(facts.Resolutions, period, segment, options.FcrReopenWindow),
        Kpi.CustomerSatisfaction => CustomerSatisfaction.Measure(facts.Surveys, period, segment),
        Kpi.SlaAttainment => SlaAttainment.Measure(facts.Slas, period, segment),
        _ => throw new ArgumentOutOfRangeException(nameof(kpi), kpi, null),
    };
}

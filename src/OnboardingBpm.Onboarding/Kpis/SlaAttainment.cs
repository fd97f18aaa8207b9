namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>
/// SLA attainment: items resolved before their escalation ÷ all items measured in the period. Each item is
/// measured once, in the period its outcome became known: a met SLA when it was resolved (never escalated,
/// or escalated only afterwards), a missed one when it was escalated — whether it is still open or was
/// resolved later. So an item escalated in one period and resolved in the next is not counted twice, and a
/// period's figure does not change once the period is over.
/// </summary>
public static class SlaAttainment
{
    public static KpiMeasurement Measure(IEnumerable<SlaFact> facts, ReportingPeriod period, string segment)
    {
        int met = 0, measured = 0;
        foreach (var fact in facts.Where(f => KpiSegments.Includes(segment, f.Segment)))
        {
            if (Met(fact))
            {
                if (period.Contains(fact.ResolvedAt))
                {
                    met++;
                    measured++;
                }
            }
            else if (period.Contains(fact.EscalatedAt))
            {
                measured++;
            }
        }

        return KpiMeasurement.Percent(met, measured);
    }

    private static bool Met(SlaFact fact) =>
        fact.ResolvedAt is { } resolved && (fact.EscalatedAt is not { } escalated || resolved < escalated);
}

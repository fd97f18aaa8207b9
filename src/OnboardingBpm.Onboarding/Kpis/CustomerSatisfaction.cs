namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>CSAT: answers rated 4 or 5 ÷ all answers in the period, × 100. Unanswered surveys are not counted.</summary>
public static class CustomerSatisfaction
{
    public static KpiMeasurement Measure(IEnumerable<SurveyFact> facts, ReportingPeriod period, string segment)
    {
        var answers = facts.Where(f => KpiSegments.Includes(segment, f.Segment) && period.Contains(f.AnsweredAt)).ToList();
        return KpiMeasurement.Percent(answers.Count(f => f.Rating >= 4), answers.Count);
    }
}

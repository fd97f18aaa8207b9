using OnboardingBpm.Onboarding.Kpis;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

/// <summary>Instants and periods for the KPI tests: day 0 is the calendar's anchor, Monday 2026-01-05 00:00 UTC.</summary>
internal static class Facts
{
    public static readonly DateTimeOffset Anchor = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    public static readonly ReportingCalendar Calendar = new(new DateOnly(2026, 1, 5));

    /// <summary>2026-01-05 to 2026-01-18.</summary>
    public static readonly ReportingPeriod First = new(Anchor, Anchor.AddDays(14));

    /// <summary>2026-01-19 to 2026-02-01.</summary>
    public static readonly ReportingPeriod Second = First.Next();

    public static DateTimeOffset Day(double day) => Anchor.AddDays(day);

    public static OnboardingFact Case(string segment, double submittedDay, double? activeDay) =>
        new($"C-{Guid.NewGuid():N}", segment, Day(submittedDay), activeDay is { } active ? Day(active) : null);

    public static ResolutionFact Resolution(string segment, DateTimeOffset resolvedAt, bool firstContact, DateTimeOffset? reopenedAt = null) =>
        new($"T-{Guid.NewGuid():N}", segment, resolvedAt, firstContact, reopenedAt);

    public static SurveyFact Survey(string segment, double day, int rating) =>
        new($"T-{Guid.NewGuid():N}", segment, Day(day), rating);

    public static SlaFact Sla(string segment, double? resolvedDay, double? escalatedDay) =>
        new($"T-{Guid.NewGuid():N}", segment, resolvedDay is { } r ? Day(r) : null, escalatedDay is { } e ? Day(e) : null);
}

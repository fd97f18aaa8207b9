using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Onboarding.Kpis;

namespace OnboardingBpm.Server.Features.Kpis;

/// <summary>
/// The history's filter, shared by the JSON list and the CSV export: a segment or "all" within the caller's
/// grant, and the periods overlapping the days from..to (both inclusive, yyyy-MM-dd).
/// </summary>
internal static class KpiHistoryFilter
{
    public static KpiSnapshotQuery? Read(AccessGrant grant, ReportingCalendar calendar, string? segment, string? from, string? to, List<ValidationProblem> problems)
    {
        var only = KpiFilters.Segment(grant, segment, problems);
        var fromDay = KpiFilters.Day(from, "from", problems);
        var toDay = KpiFilters.Day(to, "to", problems);
        if (fromDay > toDay)
        {
            problems.Add(new("to", "must not be before from"));
        }

        if (problems.Count > 0)
        {
            return null;
        }

        // An agent's scope is their segments, which leaves out "all"; the other KPI readers see everything.
        return new KpiSnapshotQuery(grant.Scope())
        {
            Segment = only,
            StartFrom = fromDay is { } first ? calendar.PeriodContaining(KpiFilters.StartOf(first)).Start : null,
            StartBefore = toDay is { } last ? KpiFilters.StartOf(last.AddDays(1)) : null,
        };
    }
}

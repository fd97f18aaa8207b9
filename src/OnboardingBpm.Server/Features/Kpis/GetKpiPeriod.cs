using System.Security.Claims;
using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Kpis;

/// <summary>One reported period (its first day, yyyy-MM-dd), as stored, per segment the caller may see; 404 when it was not reported.</summary>
public static class GetKpiPeriod
{
    public sealed record ReportedPeriod(string PeriodStart, string PeriodEnd, string Period, DateTimeOffset ComputedAt, IReadOnlyList<SnapshotSegment> Segments);

    public sealed record SnapshotSegment(string Segment, IReadOnlyList<KpiSnapshotView> Kpis);

    public static async Task<IResult> HandleAsync(
        ClaimsPrincipal user,
        IKpiSnapshotStore snapshots,
        ReportingCalendar calendar,
        string start,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        var day = KpiFilters.Day(start, "start", problems);
        var period = day is { } first ? calendar.PeriodContaining(KpiFilters.StartOf(first)) : default;
        if (day is { } asked && period.FirstDay != asked)
        {
            problems.Add(new("start", $"must be the first day of a period, e.g. {KpiSnapshotView.Day(period.FirstDay)}"));
        }

        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The period is not valid.", problems);
        }

        var stored = await snapshots.FindPeriodAsync(period.Start, user.Grant().Scope(), cancellationToken);
        if (stored.Count == 0)
        {
            throw new WorkflowNotFoundException($"The period {period.Label} was not reported, or holds none of your segments.");
        }

        var segments = stored.GroupBy(s => s.Segment)
            .Select(g => new SnapshotSegment(g.Key, g.Select(KpiSnapshotView.From).ToList()))
            .ToList();
        return TypedResults.Ok(new ReportedPeriod(
            KpiSnapshotView.Day(period.FirstDay), KpiSnapshotView.Day(period.LastDay), period.Label, stored[0].ComputedAt, segments));
    }
}

using System.Security.Claims;
using Microsoft.Extensions.Options;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Kpis;

/// <summary>
/// The period in progress, computed live from the domain stores (nothing is stored), for the segments the caller
/// may see. The figures change until the period ends; the biweekly report then stores them.
/// </summary>
public static class GetCurrentKpis
{
    public sealed record CurrentKpis(string PeriodStart, string PeriodEnd, string Period, bool Complete, DateTimeOffset ComputedAt, IReadOnlyList<SegmentKpisView> Segments);

    public static async Task<IResult> HandleAsync(
        ClaimsPrincipal user,
        KpiFactsSource facts,
        ReportingCalendar calendar,
        IOptionsMonitor<KpiOptions> options,
        TimeProvider time,
        string? segment,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        var grant = user.Grant();
        var only = KpiFilters.Segment(grant, segment, problems);
        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The filter is not valid.", problems);
        }

        var now = time.GetUtcNow();
        var period = calendar.PeriodContaining(now);
        // The facts are read for every segment (an aggregate needs them all); only visible segments leave.
        var report = KpiReportBuilder.Build(period, await facts.ReadAsync(period, cancellationToken), Segments.All, options.CurrentValue);
        var segments = report.Segments
            .Where(s => only is null ? grant.SeesAllSegments || grant.CanSee(s.Segment) : s.Segment == only)
            .Select(s => new SegmentKpisView(s.Segment, s.Results.Select(KpiValueView.From).ToList()))
            .ToList();
        return TypedResults.Ok(new CurrentKpis(
            KpiSnapshotView.Day(period.FirstDay), KpiSnapshotView.Day(period.LastDay), period.Label, Complete: false, now, segments));
    }
}

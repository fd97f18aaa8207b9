using System.Security.Claims;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Server.Features.Kpis;

/// <summary>The stored snapshots of past reports, newest period first, of the caller's segments only (the scope is in the store query).</summary>
public static class ListKpiHistory
{
    public static async Task<IResult> HandleAsync(
        ClaimsPrincipal user,
        IKpiSnapshotStore snapshots,
        ReportingCalendar calendar,
        string? segment,
        string? from,
        string? to,
        int? skip,
        int? take,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        var query = KpiHistoryFilter.Read(user.Grant(), calendar, segment, from, to, problems);
        Paging.Check(skip, take, problems);
        if (query is null || problems.Count > 0)
        {
            return ApiErrors.Validation("The filter is not valid.", problems);
        }

        var page = await snapshots.ListAsync(query with { Skip = skip ?? 0, Take = take ?? 50 }, cancellationToken);
        return TypedResults.Ok(new Page<KpiSnapshotView>(page.Items.Select(KpiSnapshotView.From).ToList(), page.Total));
    }
}

using System.Security.Claims;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Server.Features.Cases;

/// <summary>Onboarding cases, newest submission first, of the caller's segments only (the scope is part of the store query).</summary>
public static class ListCases
{
    public static async Task<IResult> HandleAsync(
        ClaimsPrincipal user,
        ICaseStore cases,
        string? segment,
        string? status,
        string? phase,
        string? customerId,
        DateTimeOffset? submittedFrom,
        DateTimeOffset? submittedTo,
        int? skip,
        int? take,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        var scope = Filters.Segment(user.Grant(), segment, problems);
        var parsedStatus = Filters.Enum<CaseStatus>(status, "status", problems);
        var parsedPhase = Filters.Enum<OnboardingPhase>(phase, "phase", problems);
        Paging.Check(skip, take, problems);
        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The filter is not valid.", problems);
        }

        var page = await cases.ListAsync(
            new CaseQuery(scope)
            {
                CustomerId = customerId,
                Status = parsedStatus,
                Phase = parsedPhase,
                SubmittedFrom = submittedFrom,
                SubmittedTo = submittedTo,
                Skip = skip ?? 0,
                Take = take ?? 50,
            },
            cancellationToken);
        return TypedResults.Ok(new Page<CaseSummary>(page.Items.Select(CaseSummary.From).ToList(), page.Total));
    }
}

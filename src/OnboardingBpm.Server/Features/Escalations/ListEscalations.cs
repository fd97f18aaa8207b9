using System.Security.Claims;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Escalations;

/// <summary>Escalated cases and tickets, newest first, of the caller's segments only. Escalations hold no personal data.</summary>
public static class ListEscalations
{
    public static async Task<IResult> HandleAsync(
        ClaimsPrincipal user,
        IEscalationStore escalations,
        string? segment,
        string? customerId,
        bool? openOnly,
        int? skip,
        int? take,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        var scope = Filters.Segment(user.Grant(), segment, problems);
        Paging.Check(skip, take, problems);
        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The filter is not valid.", problems);
        }

        return TypedResults.Ok(await escalations.ListAsync(
            new EscalationQuery(scope) { CustomerId = customerId, OpenOnly = openOnly ?? false, Skip = skip ?? 0, Take = take ?? 50 },
            cancellationToken));
    }
}

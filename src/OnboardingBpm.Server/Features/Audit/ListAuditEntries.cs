using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Server.Errors;

namespace OnboardingBpm.Server.Features.Audit;

/// <summary>The audit log, newest first, by resource or by actor. Admins only: it says who looked at which customer.</summary>
public static class ListAuditEntries
{
    public static async Task<IResult> HandleAsync(
        IAuditLog audit,
        string? resourceKind,
        string? resourceId,
        string? actor,
        string? action,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? skip,
        int? take,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        var parsedAction = Filters.Enum<AuditAction>(action, "action", problems);
        Paging.Check(skip, take, problems);
        if (resourceId is not null && resourceKind is null)
        {
            problems.Add(new("resourceKind", "is required with resourceId"));
        }

        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The filter is not valid.", problems);
        }

        return TypedResults.Ok(await audit.QueryAsync(
            new AuditQuery(SegmentScope.All)
            {
                ResourceKind = resourceKind,
                ResourceId = resourceId,
                Actor = actor,
                Action = parsedAction,
                From = from,
                To = to,
                Skip = skip ?? 0,
                Take = take ?? 50,
            },
            cancellationToken));
    }
}

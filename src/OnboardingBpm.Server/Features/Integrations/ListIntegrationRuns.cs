using OnboardingBpm.Integrations.Runs;
using OnboardingBpm.Server.Errors;

namespace OnboardingBpm.Server.Features.Integrations;

/// <summary>The audit log of synchronisation runs, newest first.</summary>
public static class ListIntegrationRuns
{
    public static async Task<IResult> HandleAsync(IIntegrationRunLog log, string? kind, int? skip, int? take, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        Paging.Check(skip, take, problems);
        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The filter is not valid.", problems);
        }

        return TypedResults.Ok(await log.ListAsync(kind, skip ?? 0, take ?? 50, cancellationToken));
    }
}

using OnboardingBpm.Server.Errors;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Instances;

public static class GetJournal
{
    public static async Task<IResult> HandleAsync(string instanceId, int? skip, int? take, WorkflowStores stores, CancellationToken cancellationToken)
    {
        if (skip < 0 || take is < 1 or > 1000)
        {
            return ApiErrors.Validation("The paging is not valid.", [new ValidationProblem(skip < 0 ? "skip" : "take", skip < 0 ? "must be 0 or more" : "must be from 1 to 1000")]);
        }

        _ = await stores.Instances.FindAsync(instanceId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Instance {instanceId} does not exist.");
        return TypedResults.Ok(await stores.Journal.ListAsync(instanceId, skip ?? 0, take ?? 200, cancellationToken));
    }
}

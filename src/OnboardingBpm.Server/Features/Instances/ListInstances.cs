using OnboardingBpm.Server.Errors;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Server.Features.Instances;

public static class ListInstances
{
    public static async Task<IResult> HandleAsync(
        WorkflowStores stores,
        string? definitionId,
        string? status,
        string? correlationId,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? skip,
        int? take,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        WorkflowStatus? parsedStatus = null;
        if (status is not null)
        {
            if (Enum.TryParse<WorkflowStatus>(status, true, out var s) && !int.TryParse(status, out _))
            {
                parsedStatus = s;
            }
            else
            {
                problems.Add(new("status", $"must be one of {string.Join(", ", Enum.GetNames<WorkflowStatus>())}"));
            }
        }

        Paging.Check(skip, take, problems);
        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The filter is not valid.", problems);
        }

        var page = await stores.Instances.ListAsync(new InstanceFilter
        {
            DefinitionId = definitionId,
            Status = parsedStatus,
            CorrelationId = correlationId,
            CreatedFrom = from,
            CreatedTo = to,
            Skip = skip ?? 0,
            Take = take ?? 50,
        }, cancellationToken);
        return TypedResults.Ok(page);
    }
}

using System.Text.Json.Nodes;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Instances;

public static class StartInstance
{
    public sealed record Request(string? DefinitionId, int? Version, JsonObject? Input, string? CorrelationId);

    /// <summary>With an Idempotency-Key header, a repeated start returns the first start's instance.</summary>
    public static async Task<IResult> HandleAsync(Request? request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.DefinitionId))
        {
            return ApiErrors.Validation("The start request is not valid.", [new ValidationProblem("$.definitionId", "is required")]);
        }

        var run = await runtime.StartAsync(new StartWorkflowRequest(request.DefinitionId)
        {
            Version = request.Version,
            Input = request.Input,
            CorrelationId = request.CorrelationId,
            InstanceId = idempotencyKey is null ? null : IdempotentIds.For("start:" + request.DefinitionId, idempotencyKey),
        }, cancellationToken);
        return TypedResults.Created($"/api/workflow-instances/{run.Instance.Id}", InstanceView.From(run.Instance));
    }
}

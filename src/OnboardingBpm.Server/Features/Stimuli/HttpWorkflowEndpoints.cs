using System.Text.Json.Nodes;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Workflows.Runtime;

using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Stimuli;

/// <summary>
/// <c>/workflows/{path}</c>: starts the workflow whose HttpEndpoint trigger has this route, or, with an
/// <c>X-Correlation-Id</c> header, resumes the instance waiting on it. 202 with the instance id and its
/// Location, unless the workflow wrote its own response. With an <c>Idempotency-Key</c> header a repeated
/// request returns the first request's instance.
/// </summary>
public static class HttpWorkflowEndpoints
{
    private const int MaxBodyBytes = 256 * 1024;

    public sealed record Accepted(string InstanceId, string Status);

    public static void MapHttpWorkflows(this IEndpointRouteBuilder app) =>
        app.MapMethods("/workflows/{**path}", ["GET", "POST", "PUT", "PATCH", "DELETE"], HandleAsync)
            .WithName("HttpWorkflow").WithTags("HTTP workflows").RequireAuthorization(Policies.OperateWorkflows).WithRequestBodyLimit(MaxBodyBytes);

    private static async Task<IResult> HandleAsync(string path, HttpRequest request, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var query = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            query[key] = value.ToString();
        }

        var run = await runtime.HandleHttpAsync(new HttpWorkflowRequest(request.Method, "/" + path)
        {
            Body = await RequestBodies.ReadJsonAsync(request, MaxBodyBytes, cancellationToken),
            Query = query,
            CorrelationId = request.Headers["X-Correlation-Id"].FirstOrDefault(),
            IdempotencyKey = request.Headers["Idempotency-Key"].FirstOrDefault(),
        }, cancellationToken);

        if (run is null)
        {
            return TypedResults.Problem(title: "Not found", detail: $"No workflow answers {request.Method} /workflows/{path}.", statusCode: StatusCodes.Status404NotFound);
        }

        if (run.HttpResponse is { } response)
        {
            return TypedResults.Text(response.Content?.ToJsonString() ?? "", response.ContentType, statusCode: response.StatusCode);
        }

        return TypedResults.Accepted($"/api/workflow-instances/{run.Instance.Id}", new Accepted(run.Instance.Id, run.Instance.Status.ToString()));
    }
}

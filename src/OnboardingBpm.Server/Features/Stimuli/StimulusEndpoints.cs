using System.Text.Json.Nodes;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Features.Instances;
using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.Runtime;


namespace OnboardingBpm.Server.Features.Stimuli;

/// <summary>How the outside world moves waiting workflows: resume a bookmark, publish an event.</summary>
public static class StimulusEndpoints
{
    private const int MaxPayloadBytes = 256 * 1024;

    public sealed record ResumeRequest(JsonNode? Payload);

    public sealed record EventRequest(string? CorrelationKey, JsonNode? Payload);

    public static void MapStimuli(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/bookmarks/{bookmarkId}/resume", ResumeAsync).WithName("ResumeBookmark").WithTags("Stimuli").RequireAuthorization(Policies.OperateWorkflows);
        app.MapPost("/api/events/{eventName}", PublishAsync).WithName("PublishEvent").WithTags("Stimuli").RequireAuthorization(Policies.OperateWorkflows);
    }

    /// <summary>404 when the bookmark is unknown or was already used: a repeated resume changes nothing.</summary>
    private static async Task<IResult> ResumeAsync(string bookmarkId, ResumeRequest? request, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var result = await runtime.ResumeBookmarkAsync(bookmarkId, request?.Payload, cancellationToken);
        return result.Run is { } run
            ? TypedResults.Ok(InstanceView.From(run.Instance))
            : TypedResults.Problem(title: "Not found", detail: $"Bookmark {bookmarkId} does not exist or was already used.", statusCode: StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> PublishAsync(string eventName, HttpRequest http, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var body = await RequestBodies.ReadJsonAsync(http, MaxPayloadBytes, cancellationToken);
        if (body is not null and not JsonObject)
        {
            return ApiErrors.Validation("The event is not valid.", [new ValidationProblem("$", "the body must be an object: {\"correlationKey\": ..., \"payload\": ...}")]);
        }

        var key = body?["correlationKey"];
        if (key is not null && (key is not JsonValue value || !value.TryGetValue<string>(out _)))
        {
            return ApiErrors.Validation("The event is not valid.", [new ValidationProblem("$.correlationKey", "must be a text")]);
        }

        var result = await runtime.PublishEventAsync(eventName, key?.GetValue<string>(), body?["payload"]?.DeepClone(), cancellationToken);
        return TypedResults.Ok(result);
    }
}

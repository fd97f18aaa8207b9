using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.Http;

[Activity("HttpEndpoint", "HTTP", "HTTP endpoint", Description = "With no inbound connection, a request to /workflows{path} starts the workflow; inside a flow, the workflow waits for that request.", Kind = ActivityKind.Trigger, CanStartWorkflow = true)]
public sealed class HttpEndpoint : Activity
{
    [Input(Description = "The path under /workflows, starting with '/'.", Required = true, LiteralOnly = true)]
    public Input<string> Path { get; set; } = default!;

    [Input(Description = "The HTTP method.", DefaultJson = "\"POST\"", UIHint = UIHints.Dropdown, Options = ["GET", "POST", "PUT", "PATCH", "DELETE"], LiteralOnly = true)]
    public Input<string> Method { get; set; } = default!;

    [Output(Description = "The request body (JSON).")]
    public Output<JsonNode?> Body { get; set; } = default!;

    [Output(Description = "The query string as an object.")]
    public Output<JsonObject?> Query { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.IsTriggerStart)
        {
            return ResumeAsync(context);
        }

        var route = HttpRoutes.Key(context.Get(Method), context.Get(Path));
        context.CreateBookmark(BookmarkTypes.HttpEndpoint, HttpRoutes.ResumeKey(route, context.Instance.CorrelationId ?? context.Instance.Id));
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        context.Set(Body, context.Payload?["body"]?.DeepClone());
        context.Set(Query, context.Payload?["query"]?.DeepClone() as JsonObject);
        context.Complete();
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<ActivityProblem> Validate()
    {
        if (Path.Literal() is { } path && (!path.StartsWith('/') || path.Contains(' ', StringComparison.Ordinal)))
        {
            yield return new ActivityProblem("path", "the path must start with '/' and contain no spaces");
        }

        if (Method.Literal() is { } method && !HttpRoutes.Methods.Contains(method.ToUpperInvariant()))
        {
            yield return new ActivityProblem("method", $"method must be one of {string.Join(", ", HttpRoutes.Methods)}");
        }
    }
}

public static class HttpRoutes
{
    public static readonly IReadOnlyList<string> Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    /// <summary>The trigger key of a route: method and path, case-insensitive on the path.</summary>
    public static string Key(string method, string path) => method.ToUpperInvariant() + " " + path.TrimEnd('/').ToLowerInvariant();

    /// <summary>The bookmark key of a workflow waiting for a request: the route plus the instance's correlation id.</summary>
    public static string ResumeKey(string routeKey, string correlationId) => routeKey + "|" + correlationId;
}

using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Definitions;

namespace OnboardingBpm.Workflows.Execution;

internal enum WorkKind
{
    /// <summary>A token arrived: run the activity afresh.</summary>
    Execute,

    /// <summary>One of the activity's bookmarks was resumed.</summary>
    Resume,
}

/// <summary>An item of a burst's queue.</summary>
internal sealed record WorkItem(string ActivityId, WorkKind Kind)
{
    public Connection? ArrivedVia { get; init; }
    public Bookmark? Bookmark { get; init; }
    public JsonNode? Payload { get; init; }
    public string? ExecutionId { get; init; }
    public int Attempt { get; init; } = 1;

    /// <summary>Set when a trigger (HTTP request, event, cron) started the instance at this activity.</summary>
    public bool IsTriggerStart { get; init; }
}

/// <summary>The response an HttpResponse activity wrote during a burst, returned to the HTTP caller.</summary>
public sealed record WorkflowHttpResponse(int StatusCode, JsonNode? Content, string ContentType);

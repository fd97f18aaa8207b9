using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Runtime;

/// <summary>Starts an instance of the latest published version (or <see cref="Version"/>).</summary>
public sealed record StartWorkflowRequest(string DefinitionId)
{
    public JsonObject? Input { get; init; }
    public string? CorrelationId { get; init; }
    public int? Version { get; init; }

    /// <summary>A fixed id makes the start idempotent: a second request with it returns the first instance.</summary>
    public string? InstanceId { get; init; }

    public string? ParentInstanceId { get; init; }
    public string? ParentBookmarkId { get; init; }
    public string? TriggerActivityId { get; init; }
    public JsonNode? TriggerPayload { get; init; }
}

/// <summary>The instance after a burst, and the HTTP response a workflow wrote, if any.</summary>
public sealed record WorkflowRunResult(WorkflowInstance Instance, WorkflowHttpResponse? HttpResponse = null);

public enum ResumeStatus
{
    Resumed,

    /// <summary>No such bookmark: it never existed or was already used (a repeated resume is a no-op).</summary>
    NotFound,
}

public sealed record ResumeResult(ResumeStatus Status, WorkflowRunResult? Run = null)
{
    public static readonly ResumeResult NotFound = new(ResumeStatus.NotFound);
}

/// <summary>What publishing an event did: instances resumed and instances started by event triggers.</summary>
public sealed record EventResult(IReadOnlyList<string> ResumedInstanceIds, IReadOnlyList<string> StartedInstanceIds);

/// <summary>A request arriving at <c>/workflows/{path}</c>.</summary>
public sealed record HttpWorkflowRequest(string Method, string Path)
{
    public JsonNode? Body { get; init; }
    public JsonObject? Query { get; init; }
    public string? CorrelationId { get; init; }
}

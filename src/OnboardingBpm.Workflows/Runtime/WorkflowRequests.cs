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

    /// <summary>The instance was busy on another server: the resume is stored and applied when it is free.</summary>
    Queued,
}

public sealed record ResumeResult(ResumeStatus Status, WorkflowRunResult? Run = null)
{
    public static readonly ResumeResult NotFound = new(ResumeStatus.NotFound);
    public static readonly ResumeResult Queued = new(ResumeStatus.Queued);
}

/// <summary>What publishing an event did: instances resumed and instances started by event triggers.</summary>
public sealed record EventResult(IReadOnlyList<string> ResumedInstanceIds, IReadOnlyList<string> StartedInstanceIds);

/// <summary>A request arriving at <c>/workflows/{path}</c>.</summary>
public sealed record HttpWorkflowRequest(string Method, string Path)
{
    public JsonNode? Body { get; init; }
    public JsonObject? Query { get; init; }
    public string? CorrelationId { get; init; }

    /// <summary>The caller's Idempotency-Key: a repeated request returns the first request's instance.</summary>
    public string? IdempotencyKey { get; init; }
}

public static class IdempotentIds
{
    /// <summary>
    /// The instance id a start with this key gets. Deriving it from the key makes a repeat (even a concurrent
    /// one, or one after a crash) land on the same instance: the store refuses a second insert of the id.
    /// </summary>
    public static string For(string scope, string key) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(scope + "\n" + key)).AsSpan(0, 16));
}

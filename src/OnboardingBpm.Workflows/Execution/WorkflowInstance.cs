using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Bookmarks;

namespace OnboardingBpm.Workflows.Execution;

public enum WorkflowStatus
{
    Running,
    Suspended,
    Finished,
    Faulted,
    Cancelled,
}

/// <summary>
/// The whole state of one run, saved as JSON after every burst. It names the exact definition version it
/// started on, which is immutable, so later publishes never change a running instance.
/// </summary>
public sealed class WorkflowInstance
{
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }
    public required int DefinitionVersion { get; init; }
    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;
    public string? CorrelationId { get; set; }
    public JsonObject Input { get; set; } = [];
    public JsonObject Output { get; set; } = [];
    public Dictionary<string, JsonNode?> Variables { get; set; } = new(StringComparer.Ordinal);
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? ParentInstanceId { get; init; }
    public string? ParentBookmarkId { get; init; }

    /// <summary>Executions that have not completed: waiting on bookmarks or parked on an incident.</summary>
    public Dictionary<string, ActivityExecutionRecord> OpenExecutions { get; set; } = new(StringComparer.Ordinal);

    /// <summary>State an activity keeps across executions of its node (a Join's arrivals).</summary>
    public Dictionary<string, JsonNode?> ActivityStates { get; set; } = new(StringComparer.Ordinal);

    public List<Bookmark> Bookmarks { get; set; } = [];

    /// <summary>Counts activity executions; execution ids are derived from it, so they are stable and ordered.</summary>
    public long ExecutionCount { get; set; }

    /// <summary>Counts journal entries, so their sequence numbers are unique within the instance.</summary>
    public long JournalCount { get; set; }

    /// <summary>Incremented on every commit; a store refuses a commit whose expected revision is stale.</summary>
    public long Revision { get; set; }

    public bool IsEnded => Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled;
}

public enum ActivityExecutionStatus
{
    Waiting,
    Faulted,
}

/// <summary>An activity execution still open at the end of a burst.</summary>
public sealed record ActivityExecutionRecord
{
    public required string Id { get; init; }
    public required string ActivityId { get; init; }
    public required ActivityExecutionStatus Status { get; init; }
    public int Attempt { get; init; } = 1;
    public DateTimeOffset StartedAt { get; init; }
    public string? IncidentId { get; init; }

    /// <summary>For a faulted execution: the step to run again when an operator retries the incident.</summary>
    public JsonObject? Replay { get; init; }
}

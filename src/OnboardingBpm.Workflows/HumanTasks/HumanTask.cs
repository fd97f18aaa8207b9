using System.Text.Json.Nodes;

namespace OnboardingBpm.Workflows.HumanTasks;

public enum HumanTaskStatus
{
    Open,
    Claimed,
    Completed,
    Cancelled,
    Expired,
}

/// <summary>
/// A piece of work for a person, created by a UserTask activity and backed by its bookmark. Visible to users
/// holding <see cref="CandidateRole"/> for <see cref="Segment"/>; completing it resumes the workflow.
/// </summary>
public sealed record HumanTask
{
    public required string Id { get; init; }
    public required string InstanceId { get; init; }
    public required string DefinitionId { get; init; }
    public required string ActivityId { get; init; }
    public required string ExecutionId { get; init; }
    public required string BookmarkId { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public string? CandidateRole { get; init; }
    public string? Segment { get; init; }
    public string? Assignee { get; init; }
    public HumanTaskStatus Status { get; init; } = HumanTaskStatus.Open;
    public IReadOnlyList<FormField> Fields { get; init; } = [];
    public IReadOnlyList<string> Outcomes { get; init; } = [];
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset? EscalatedAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? ClaimedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public string? CompletedBy { get; init; }
    public string? Outcome { get; init; }
    public JsonObject? Data { get; init; }

    /// <summary>Incremented on every change; a stale update is refused.</summary>
    public long Revision { get; init; }

    public bool IsActive => Status is HumanTaskStatus.Open or HumanTaskStatus.Claimed;
}

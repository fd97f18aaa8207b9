namespace OnboardingBpm.Persistence.Model;

// Rows mirror the engine's records with the columns queries need; JSON columns hold the rest.

public sealed class DefinitionVersionRow
{
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string Json { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTimeOffset PublishedAt { get; set; }
    public DateTimeOffset? RetractedAt { get; set; }
    public string? PublishedBy { get; set; }
}

public sealed class DraftRow
{
    public string DefinitionId { get; set; } = "";
    public string Json { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}

public sealed class TriggerRow
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public string ActivityId { get; set; } = "";
    public string Type { get; set; } = "";
    public string Key { get; set; } = "";
    public string Hash { get; set; } = "";
    public DateTimeOffset? NextDueAt { get; set; }
}

public sealed class InstanceRow
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string Status { get; set; } = "";
    public string? CorrelationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public long Revision { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public string State { get; set; } = "";
}

public sealed class BookmarkRow
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ExecutionId { get; set; } = "";
    public string Type { get; set; } = "";
    public string Hash { get; set; } = "";
    public string? CorrelationKey { get; set; }
    public string? Payload { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
}

public sealed class JournalRow
{
    public long Id { get; set; }
    public string InstanceId { get; set; } = "";
    public long Sequence { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string Entry { get; set; } = "";
}

public sealed class IncidentRow
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string Incident { get; set; } = "";
}

public sealed class TaskRow
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string? Segment { get; set; }
    public string? CandidateRole { get; set; }
    public string? Assignee { get; set; }
    public string Status { get; set; } = "";
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Revision { get; set; }
    public string Task { get; set; } = "";
}

public sealed class OutboxRow
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
}

public sealed class PendingResumeRow
{
    public string Id { get; set; } = "";
    public string BookmarkId { get; set; } = "";
    public string? Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

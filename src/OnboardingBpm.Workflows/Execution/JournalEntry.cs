namespace OnboardingBpm.Workflows.Execution;

public enum JournalEventType
{
    Completed,
    Suspended,
    Faulted,
    RetryScheduled,
    Cancelled,
    Log,
}

/// <summary>One step of one activity execution: what ran, how long, with which outcome or error.</summary>
public sealed record JournalEntry
{
    public required string InstanceId { get; init; }
    public required long Sequence { get; init; }
    public required string ExecutionId { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityType { get; init; }
    public required JournalEventType EventType { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset CompletedAt { get; init; }
    public double DurationMs { get; init; }
    public IReadOnlyList<string> Outcomes { get; init; } = [];
    public int Attempt { get; init; } = 1;
    public string? Message { get; init; }
    public string? Error { get; init; }
    public string? InputSummary { get; init; }
    public string? OutputSummary { get; init; }
}

namespace OnboardingBpm.Workflows.Execution;

/// <summary>
/// An activity that failed after its last attempt. The instance waits here until an operator retries,
/// which runs the failed activity again with a fresh set of attempts.
/// </summary>
public sealed record Incident
{
    public required string Id { get; init; }
    public required string InstanceId { get; init; }
    public required string DefinitionId { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityType { get; init; }
    public required string ExecutionId { get; init; }
    public required string Message { get; init; }
    public string? ErrorType { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public string? ResolvedBy { get; init; }

    public bool IsOpen => ResolvedAt is null;
}

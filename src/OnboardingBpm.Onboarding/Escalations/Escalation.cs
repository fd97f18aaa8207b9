namespace OnboardingBpm.Onboarding.Escalations;

public enum EscalationSubject
{
    Case,
    Ticket,
}

/// <summary>A case or ticket still open 72 hours after creation; at most one per subject.</summary>
public sealed record Escalation
{
    public required string Id { get; init; }
    public required EscalationSubject SubjectKind { get; init; }
    public required string SubjectId { get; init; }
    public required string CustomerId { get; init; }
    public required string Segment { get; init; }
    public required DateTimeOffset EscalatedAt { get; init; }

    /// <summary>The supervisor (address or user) the escalation mail went to.</summary>
    public string? NotifiedSupervisor { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; init; }
    public string? AcknowledgedBy { get; init; }
}

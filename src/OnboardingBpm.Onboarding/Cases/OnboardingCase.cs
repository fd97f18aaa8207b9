using OnboardingBpm.Onboarding.Customers;

namespace OnboardingBpm.Onboarding.Cases;

public enum OnboardingPhase
{
    Handoff,
    KickoffAndPlanning,
    Implementation,
    Training,
    GoLive,
    PostGoLive,
    Active,
}

public enum CaseStatus
{
    Open,
    Escalated,
    Resolved,
    Closed,
}

/// <summary>
/// One customer's onboarding. The timestamps are the facts the KPIs are computed from; they stay when the
/// customer's personal data is erased, only <see cref="Contact"/> becomes a tombstone.
/// </summary>
public sealed record OnboardingCase
{
    public required string Id { get; init; }
    public required string CustomerId { get; init; }
    public required string Segment { get; init; }
    public string? SalesforceCaseId { get; init; }

    /// <summary>The submission's idempotency key: unique, so a repeated form submission finds the same case.</summary>
    public required string TransactionId { get; init; }

    public OnboardingPhase Phase { get; init; } = OnboardingPhase.Handoff;
    public CaseStatus Status { get; init; } = CaseStatus.Open;

    /// <summary>0-100; the early-warning threshold is 70.</summary>
    public int HealthScore { get; init; } = 100;

    public required DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? CreatedInCrmAt { get; init; }
    public DateTimeOffset? FirstContactAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public DateTimeOffset? ActiveAt { get; init; }
    public bool IsEscalated { get; init; }

    /// <summary>Personal data, encrypted at rest.</summary>
    public Contact? Contact { get; init; }

    public string? WorkflowInstanceId { get; init; }
}

/// <summary>An entry of a case's timeline. Text is for agents; keep personal data out of it.</summary>
public sealed record CaseEvent(DateTimeOffset At, string Kind, string Actor, string Text);

namespace OnboardingBpm.Onboarding.Tickets;

public enum TicketPriority
{
    Low,
    Medium,
    High,
    Urgent,
}

public enum TicketStatus
{
    New,
    Triage,
    Assigned,
    Resolved,
    Closed,
    Reopened,
}

public sealed record SupportTicket
{
    public required string Id { get; init; }
    public required string CustomerId { get; init; }
    public required string Segment { get; init; }
    public string? Subject { get; init; }
    public TicketPriority Priority { get; init; } = TicketPriority.Medium;
    public TicketStatus Status { get; init; } = TicketStatus.New;
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SlaDueAt { get; init; }
    public string? Assignee { get; init; }
    public int ReopenCount { get; init; }

    /// <summary>Resolved at first contact; a reopen within 5 days clears it.</summary>
    public bool FirstContactResolution { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }
    public string? KbArticleId { get; init; }
    public int? KbArticleVersion { get; init; }

    /// <summary>The article version used was not the current one when the ticket was resolved.</summary>
    public bool KbOutdated { get; init; }
}

using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Tickets;

public interface ITicketStore
{
    /// <summary>Inserts or replaces the ticket.</summary>
    Task SaveAsync(SupportTicket ticket, CancellationToken cancellationToken = default);

    Task<SupportTicket?> FindAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<Page<SupportTicket>> ListAsync(TicketQuery query, CancellationToken cancellationToken = default);
}

public sealed record TicketQuery(SegmentScope Scope)
{
    public string? CustomerId { get; init; }
    public TicketStatus? Status { get; init; }
    public string? Assignee { get; init; }
    public DateTimeOffset? CreatedFrom { get; init; }
    public DateTimeOffset? CreatedTo { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}

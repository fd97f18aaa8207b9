using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Tickets;

public sealed class InMemoryTicketStore : ITicketStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, SupportTicket> tickets = new(StringComparer.Ordinal);

    public Task SaveAsync(SupportTicket ticket, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            tickets[ticket.Id] = ticket;
        }

        return Task.CompletedTask;
    }

    public Task<SupportTicket?> FindAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(tickets.GetValueOrDefault(id) is { } t && scope.Includes(t.Segment) ? t : null);
        }
    }

    public Task<Page<SupportTicket>> ListAsync(TicketQuery query, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(tickets.Values
                .Where(t => query.Scope.Includes(t.Segment))
                .Where(t => query.CustomerId is null || t.CustomerId == query.CustomerId)
                .Where(t => query.Status is null || t.Status == query.Status)
                .Where(t => query.Assignee is null || t.Assignee == query.Assignee)
                .Where(t => query.CreatedFrom is null || t.CreatedAt >= query.CreatedFrom)
                .Where(t => query.CreatedTo is null || t.CreatedAt < query.CreatedTo)
                .OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id, StringComparer.Ordinal)
                .ToPage(query.Skip, query.Take));
        }
    }
}

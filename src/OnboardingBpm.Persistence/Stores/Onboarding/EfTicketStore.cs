using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Stores.Onboarding;

public sealed class EfTicketStore(WorkflowContexts contexts) : ITicketStore
{
    public async Task SaveAsync(SupportTicket ticket, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.Tickets.FirstOrDefaultAsync(t => t.Id == ticket.Id, cancellationToken);
        if (row is null)
        {
            row = new TicketRow { Id = ticket.Id };
            db.Tickets.Add(row);
        }

        row.CustomerId = ticket.CustomerId;
        row.Segment = ticket.Segment;
        row.Subject = ticket.Subject;
        row.Priority = ticket.Priority.ToString();
        row.Status = ticket.Status.ToString();
        row.CreatedAt = ticket.CreatedAt;
        row.SlaDueAt = ticket.SlaDueAt;
        row.Assignee = ticket.Assignee;
        row.ReopenCount = ticket.ReopenCount;
        row.FirstContactResolution = ticket.FirstContactResolution;
        row.ResolvedAt = ticket.ResolvedAt;
        row.KbArticleId = ticket.KbArticleId;
        row.KbArticleVersion = ticket.KbArticleVersion;
        row.KbOutdated = ticket.KbOutdated;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<SupportTicket?> FindAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.Tickets.AsNoTracking().InScope(scope).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        return row is null ? null : FromRow(row);
    }

    public async Task<Page<SupportTicket>> ListAsync(TicketQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = db.Tickets.AsNoTracking().InScope(query.Scope);
        if (query.CustomerId is { } customerId)
        {
            rows = rows.Where(t => t.CustomerId == customerId);
        }

        if (query.Status is { } status)
        {
            var name = status.ToString();
            rows = rows.Where(t => t.Status == name);
        }

        if (query.Assignee is { } assignee)
        {
            rows = rows.Where(t => t.Assignee == assignee);
        }

        if (query.CreatedFrom is { } from)
        {
            rows = rows.Where(t => t.CreatedAt >= from);
        }

        if (query.CreatedTo is { } to)
        {
            rows = rows.Where(t => t.CreatedAt < to);
        }

        return await rows.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id).PageAsync(query.Skip, query.Take, FromRow, cancellationToken);
    }

    private static SupportTicket FromRow(TicketRow row) => new()
    {
        Id = row.Id,
        CustomerId = row.CustomerId,
        Segment = row.Segment,
        Subject = row.Subject,
        Priority = Enum.Parse<TicketPriority>(row.Priority),
        Status = Enum.Parse<TicketStatus>(row.Status),
        CreatedAt = row.CreatedAt,
        SlaDueAt = row.SlaDueAt,
        Assignee = row.Assignee,
        ReopenCount = row.ReopenCount,
        FirstContactResolution = row.FirstContactResolution,
        ResolvedAt = row.ResolvedAt,
        KbArticleId = row.KbArticleId,
        KbArticleVersion = row.KbArticleVersion,
        KbOutdated = row.KbOutdated,
    };
}

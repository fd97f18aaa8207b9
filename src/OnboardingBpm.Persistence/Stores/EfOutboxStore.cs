using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Stores;

/// <summary>The outbox: a claim is a conditional update of the lease, so one dispatcher wins.</summary>
public sealed class EfOutboxStore(WorkflowContexts contexts, TimeProvider time) : IOutboxStore
{
    public async Task<IReadOnlyList<OutboxMessage>> ListPendingAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = await db.Outbox.AsNoTracking()
            .Where(o => o.DispatchedAt == null && (o.LeaseUntil == null || o.LeaseUntil <= now))
            .OrderBy(o => o.CreatedAt).Take(max).ToListAsync(cancellationToken);
        return rows.Select(RowMapping.ToMessage).ToList();
    }

    public async Task<bool> TryClaimAsync(string messageId, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var claimed = await db.Outbox
            .Where(o => o.Id == messageId && o.DispatchedAt == null && (o.LeaseUntil == null || o.LeaseUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseOwner, owner).SetProperty(o => o.LeaseUntil, leaseUntil), cancellationToken);
        return claimed == 1;
    }

    public async Task MarkDispatchedAsync(string messageId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var at = time.GetUtcNow();
        await db.Outbox.Where(o => o.Id == messageId).ExecuteUpdateAsync(s => s.SetProperty(o => o.DispatchedAt, at), cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Stores;

/// <summary>
/// A node's hand-back: one transaction clears its name from the three kinds of claim columns, so the other
/// nodes' next pass (whose conditions read "unclaimed or expired") takes the work.
/// </summary>
public sealed class EfClaimStore(WorkflowContexts contexts) : IClaimStore
{
    public async Task<ReleasedClaims> ReleaseAllAsync(string owner, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var timers = await db.Bookmarks.Where(b => b.ClaimedBy == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.ClaimedBy, (string?)null).SetProperty(b => b.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
        var messages = await db.Outbox.Where(o => o.LeaseOwner == owner && o.DispatchedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseOwner, (string?)null).SetProperty(o => o.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        var instances = await db.Instances.Where(i => i.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseOwner, (string?)null).SetProperty(i => i.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ReleasedClaims(timers, messages, instances);
    }
}

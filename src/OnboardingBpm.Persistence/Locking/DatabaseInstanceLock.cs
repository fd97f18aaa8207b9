using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Persistence.Stores;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Persistence.Locking;

/// <summary>
/// One writer per instance across server processes: an in-process lock first (no polling between local
/// callers), then a lease on the instance row that another process honours until it expires. A process that
/// dies holding a lease blocks the instance only until the lease runs out.
/// </summary>
public sealed class DatabaseInstanceLock(WorkflowContexts contexts, TimeProvider time, LeaseOptions options, WorkflowNode node) : IInstanceLock
{
    private readonly LocalInstanceLock local = new();

    public async Task<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var localHold = await local.AcquireAsync(instanceId, cancellationToken);
        try
        {
            // The wait is measured in real time: it waits for another process, whatever the engine's clock says.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            var pause = TimeSpan.FromMilliseconds(20);
            while (!await TryTakeLeaseAsync(instanceId, cancellationToken))
            {
                if (waited.Elapsed >= options.WaitTimeout)
                {
                    throw new InstanceBusyException(instanceId);
                }

                await Task.Delay(pause, cancellationToken);
                pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 500));
            }
        }
        catch
        {
            await localHold.DisposeAsync();
            throw;
        }

        return new Lease(this, instanceId, localHold);
    }

    private async Task<bool> TryTakeLeaseAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var now = time.GetUtcNow();
        var until = now + options.Duration;
        var owner = node.Id;
        var taken = await db.Instances
            .Where(i => i.Id == instanceId && (i.LeaseUntil == null || i.LeaseUntil < now || i.LeaseOwner == owner))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseOwner, owner).SetProperty(i => i.LeaseUntil, until), cancellationToken);

        // No row means a new instance: its first commit inserts it, and a duplicate insert is a conflict.
        return taken == 1 || !await db.Instances.AnyAsync(i => i.Id == instanceId, cancellationToken);
    }

    private async Task ReleaseAsync(string instanceId)
    {
        await using var db = contexts.Create();
        var owner = node.Id;
        await db.Instances.Where(i => i.Id == instanceId && i.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseOwner, (string?)null).SetProperty(i => i.LeaseUntil, (DateTimeOffset?)null));
    }

    private sealed class Lease(DatabaseInstanceLock owner, string instanceId, IAsyncDisposable localHold) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await owner.ReleaseAsync(instanceId);
            }
            finally
            {
                await localHold.DisposeAsync();
            }
        }
    }
}

/// <summary>How long a lease lasts and how long a caller waits for one. The owner is the process's <see cref="WorkflowNode.Id"/>.</summary>
public sealed record LeaseOptions
{
    /// <summary>
    /// How long a lease outlives a process that died holding it. Bursts take milliseconds, and a burst that
    /// outlives its lease is still safe (its commit checks the instance's revision), so this stays short.
    /// </summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longer than <see cref="Duration"/>: a caller outwaits the lease of a dead process instead of failing.</summary>
    public TimeSpan WaitTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

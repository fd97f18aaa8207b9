using Microsoft.Extensions.Logging;
using OnboardingBpm.Workflows.Bookmarks;

namespace OnboardingBpm.Workflows.Runtime;

/// <summary>How one claimed batch of due timers is fired, and how the scheduler shows its progress meanwhile.</summary>
public sealed partial class WorkflowScheduler
{
    private readonly Lock progress = new();
    private DateTimeOffset? lastRunAt;

    /// <summary>
    /// When the scheduler last showed it is alive: the end of a pass, or a timer fired within one. Health checks
    /// use it; a pass working off a backlog of thousands of timers takes minutes and must not look dead meanwhile.
    /// </summary>
    public DateTimeOffset? LastRunAt
    {
        get
        {
            lock (progress)
            {
                return lastRunAt;
            }
        }
    }

    private void ShowProgress()
    {
        var now = time.GetUtcNow();
        lock (progress)
        {
            // Bursts running side by side finish in any order: the mark only moves forward.
            if (lastRunAt is null || now > lastRunAt)
            {
                lastRunAt = now;
            }
        }
    }

    /// <summary>
    /// Fires a claimed batch, up to <see cref="Execution.EngineOptions.SchedulerParallelism"/> instances at a time. No
    /// timer starts once the claim has run out or the node drains: the ones left stay claimed until the claim expires
    /// (or the hand-back releases them) and are then due for a fresh claim. <c>Worked</c> counts the timers started.
    /// </summary>
    private async Task<(int Worked, int Fired)> FireBatchAsync(IReadOnlyList<Bookmark> due, DateTimeOffset claimUntil, CancellationToken cancellationToken)
    {
        var worked = 0;
        var fired = 0;
        var claimRanOut = false;

        // The timers of one instance fire one after another in due order, as a single scheduler fired them: an
        // earlier timer may burn a later one (a deferred choice between two deadlines), and would otherwise only
        // queue behind it on the instance's lock. Instances run side by side.
        var byInstance = due.GroupBy(b => b.InstanceId, StringComparer.Ordinal);
        var limit = new ParallelOptions { MaxDegreeOfParallelism = options.SchedulerParallelism, CancellationToken = cancellationToken };

        // Each burst runs on the pass's token, not the loop's own: a burst that fails must not cut off the others in
        // flight. The loop then starts no more and rethrows once they have finished, as the pass did one at a time.
        await Parallel.ForEachAsync(byInstance, limit, async (timers, _) =>
        {
            foreach (var bookmark in timers)
            {
                if (node.IsDraining)
                {
                    return;
                }

                if (time.GetUtcNow() >= claimUntil)
                {
                    // A batch slower than its claim: the rest may be another node's by now. They stay due and are
                    // claimed afresh (by whichever node is first) instead of being raced for.
                    Volatile.Write(ref claimRanOut, true);
                    return;
                }

                var result = await runtime.ResumeBookmarkAsync(bookmark.Id, bookmark.Payload?.DeepClone(), cancellationToken);
                Interlocked.Increment(ref worked);
                if (result.Status == ResumeStatus.Resumed)
                {
                    Interlocked.Increment(ref fired);
                }

                ShowProgress();
                if (result.Status == ResumeStatus.Queued)
                {
                    // The instance is held by another server; its resume is queued in the inbox. Its later timers stay
                    // claimed and come back due, so they neither overtake the queued one nor wait out the lease again.
                    return;
                }
            }
        });

        if (claimRanOut)
        {
            logger.LogInformation("The claim on {Count} due timers ran out before they were fired; they are left to the next claim", due.Count - worked);
        }

        return (worked, fired);
    }
}

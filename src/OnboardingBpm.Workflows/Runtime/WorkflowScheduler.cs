using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OnboardingBpm.Workflows.Activities.Timing;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Stores;
using OnboardingBpm.Workflows.Triggers;

namespace OnboardingBpm.Workflows.Runtime;

/// <summary>
/// Fires what the clock made due: timer bookmarks (Delay, Timer, Cron waits, task escalations, durable
/// retries) and cron start triggers; then sweeps the outbox. Everything reads the injected
/// <see cref="TimeProvider"/>, so tests jump 72 hours and call <see cref="RunDueAsync"/>. A claimed batch of timers
/// fires up to <see cref="EngineOptions.SchedulerParallelism"/> instances at a time. Once the node drains, a pass
/// lets the bursts in flight finish and starts and claims nothing more; <see cref="HandBackAsync"/> then releases
/// what is still claimed.
/// </summary>
public sealed partial class WorkflowScheduler(WorkflowRuntime runtime, WorkflowStores stores, EngineOptions options, WorkflowNode node, TimeProvider time, ILogger<WorkflowScheduler> logger)
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);
    private DateTimeOffset? lastPurgeAt;

    private const int BatchSize = 100;

    /// <summary>Fires everything due now; returns how many timers and cron starts fired.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var fired = 0;
        var now = time.GetUtcNow();
        while (!node.IsDraining)
        {
            // The claim runs from when it is taken, not from the start of the pass: a pass's later batches would
            // otherwise be claimed already expired, free for every other node to work at the same time.
            var claimUntil = time.GetUtcNow() + options.TimerClaimDuration;
            var due = await stores.Bookmarks.ClaimDueAsync(now, BatchSize, node.Id, claimUntil, cancellationToken);
            var batch = await FireBatchAsync(due, claimUntil, cancellationToken);
            fired += batch.Fired;

            // The next batch only once this one was worked whole: what it left is another node's to claim.
            if (due.Count < BatchSize || batch.Worked < due.Count)
            {
                break;
            }
        }

        foreach (var trigger in await stores.Triggers.ListDueAsync(now, cancellationToken))
        {
            if (node.IsDraining)
            {
                break;
            }

            fired += await FireCronAsync(trigger, now, cancellationToken) ? 1 : 0;
        }

        await runtime.DispatchPendingAsync(cancellationToken: cancellationToken);
        fired += await runtime.DrainInboxAsync(cancellationToken: cancellationToken);
        await PurgeJournalAsync(now, cancellationToken);
        ShowProgress();
        return fired;
    }

    /// <summary>
    /// Releases every claim and lease this node still holds (timers it claimed but did not fire, outbox messages
    /// it leased but did not dispatch, instance leases), so the other nodes take them at their next pass instead
    /// of waiting for the claims to expire. Called once the node has drained.
    /// </summary>
    public async Task<ReleasedClaims> HandBackAsync(CancellationToken cancellationToken = default)
    {
        var released = await stores.Claims.ReleaseAllAsync(node.Id, cancellationToken);
        logger.LogInformation(
            "Handed back {Timers} timer claim(s), {Messages} outbox lease(s) and {Instances} instance lease(s) held by {Node}",
            released.Timers, released.OutboxMessages, released.InstanceLeases, node.Id);
        return released;
    }

    /// <summary>Journal retention: entries older than the configured age go, at most once an hour.</summary>
    private async Task PurgeJournalAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (lastPurgeAt is { } last && now - last < PurgeEvery)
        {
            return;
        }

        lastPurgeAt = now;
        var purged = await stores.Journal.PurgeAsync(now - options.JournalRetention, cancellationToken);
        if (purged > 0)
        {
            logger.LogInformation("Purged {Count} journal entries older than {Retention}", purged, options.JournalRetention);
        }
    }

    /// <summary>
    /// Runs <see cref="RunDueAsync"/> every <paramref name="interval"/> until the node drains or
    /// <paramref name="cancellationToken"/> (which also cuts off the bursts in flight) is cancelled.
    /// </summary>
    public async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var pauseEnds = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, node.Draining);
        while (!cancellationToken.IsCancellationRequested && !node.IsDraining)
        {
            try
            {
                await RunDueAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The workflow scheduler pass failed; trying again in {Interval}", interval);
            }

            try
            {
                await Task.Delay(interval, time, pauseEnds.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>
    /// A cron trigger fires once for its due occurrence, however many were missed while the server was down,
    /// and moves to the first occurrence after now. Advancing first is the claim: one scheduler wins.
    /// </summary>
    private async Task<bool> FireCronAsync(Trigger trigger, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (expression, zone) = CronKeys.Split(trigger.Key);
        var next = CronSchedule.Next(expression, zone, now);
        if (!await stores.Triggers.AdvanceAsync(trigger, next, cancellationToken))
        {
            return false;
        }

        var payload = new JsonObject { ["scheduledAt"] = trigger.NextDueAt?.ToString("O"), ["firedAt"] = now.ToString("O") };
        await runtime.StartFromTriggerAsync(trigger, payload, correlationId: null, cancellationToken: cancellationToken);
        return true;
    }
}

public static class CronKeys
{
    public static string Join(string expression, string zone) => expression + "|" + zone;

    public static (string Expression, string Zone) Split(string key)
    {
        var bar = key.LastIndexOf('|');
        return bar < 0 ? (key, "UTC") : (key[..bar], key[(bar + 1)..]);
    }
}

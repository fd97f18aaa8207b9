using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Workflows.Runtime;

/// <summary>
/// The entry point for everything that moves an instance: start, resume, cancel, retry. Each operation loads
/// the instance under its lock, runs one burst, commits it atomically (retrying on a concurrency conflict),
/// then dispatches the burst's outbox.
/// </summary>
public sealed partial class WorkflowRuntime(
    WorkflowStores stores,
    WorkflowGraphCache graphs,
    WorkflowExecutor executor,
    IInstanceLock locks,
    WorkflowNode node,
    EngineOptions options,
    TimeProvider time,
    IEnumerable<IOutboxHandler> outboxHandlers,
    IEnumerable<ICommitObserver> commitObservers,
    ILogger<WorkflowRuntime> logger)
{
    private const int MaxCommitAttempts = 5;

    public async Task<WorkflowRunResult> StartAsync(StartWorkflowRequest request, CancellationToken cancellationToken = default)
    {
        if (request.InstanceId is not null && await stores.Instances.FindAsync(request.InstanceId, cancellationToken) is { } existing)
        {
            return new WorkflowRunResult(existing);
        }

        var version = request.Version is { } number
            ? await stores.Definitions.FindVersionAsync(request.DefinitionId, number, cancellationToken)
            : await stores.Definitions.FindLatestPublishedAsync(request.DefinitionId, cancellationToken);
        if (version is null)
        {
            throw new WorkflowNotFoundException(request.Version is null
                ? $"Workflow '{request.DefinitionId}' has no published version."
                : $"Workflow '{request.DefinitionId}' has no version {request.Version}.");
        }

        if (version.Status == Versions.VersionStatus.Retracted)
        {
            throw new WorkflowConflictException($"Version {version.Version} of '{version.DefinitionId}' is retracted: new instances cannot start on it.");
        }

        var graph = await graphs.GetAsync(version.DefinitionId, version.Version, cancellationToken);
        var input = WorkflowInputs.Check(graph.Definition, request.Input);
        var now = time.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = request.InstanceId ?? Guid.CreateVersion7(now).ToString("N"),
            DefinitionId = version.DefinitionId,
            DefinitionVersion = version.Version,
            CorrelationId = request.CorrelationId,
            Input = input,
            CreatedAt = now,
            UpdatedAt = now,
            ParentInstanceId = request.ParentInstanceId,
            ParentBookmarkId = request.ParentBookmarkId,
        };

        BurstResult result;
        await using (await locks.AcquireAsync(instance.Id, cancellationToken))
        {
            result = await executor.StartAsync(graph, instance, now, request.TriggerActivityId, request.TriggerPayload, cancellationToken);
            try
            {
                await stores.Committer.CommitAsync(result.Commit, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (request.InstanceId is not null)
            {
                // Another caller started the same fixed id first: return theirs.
                return new WorkflowRunResult((await stores.Instances.FindAsync(request.InstanceId, cancellationToken))!);
            }
        }

        // Outside the lock: a child that ends at once resumes this instance, which needs the lock again.
        return await AfterCommitAsync(result, cancellationToken);
    }

    /// <summary>
    /// Resumes one bookmark. A bookmark already used (or never created) gives <see cref="ResumeStatus.NotFound"/>;
    /// when another server holds the instance too long, the resume is queued durably (<see cref="ResumeStatus.Queued"/>).
    /// </summary>
    public async Task<ResumeResult> ResumeBookmarkAsync(string bookmarkId, JsonNode? payload, CancellationToken cancellationToken = default)
    {
        if (await TryResumeAsync(bookmarkId, payload, cancellationToken) is { } result)
        {
            return result;
        }

        var now = time.GetUtcNow();
        await stores.Inbox.EnqueueAsync(new PendingResume(Guid.CreateVersion7(now).ToString("N"), bookmarkId, payload?.ToJsonString(), now), cancellationToken);
        logger.LogInformation("The instance of bookmark {BookmarkId} is busy elsewhere; the resume is queued", bookmarkId);
        return ResumeResult.Queued;
    }

    /// <summary>Applies queued resumes whose instance is free now; returns how many were applied or found stale.</summary>
    public async Task<int> DrainInboxAsync(int max = 100, CancellationToken cancellationToken = default)
    {
        var done = 0;
        foreach (var pending in (await stores.Inbox.ListAsync(max, cancellationToken)).TakeWhile(_ => !node.IsDraining))
        {
            var payload = pending.Payload is null ? null : JsonNode.Parse(pending.Payload);
            var result = await TryResumeAsync(pending.BookmarkId, payload, cancellationToken);
            if (result is not null)
            {
                await stores.Inbox.DeleteAsync(pending.Id, cancellationToken);
                done++;
            }
        }

        return done;
    }

    /// <summary>Null while the instance is still busy elsewhere (the queued resume stays).</summary>
    private async Task<ResumeResult?> TryResumeAsync(string bookmarkId, JsonNode? payload, CancellationToken cancellationToken)
    {
        var bookmark = await stores.Bookmarks.FindAsync(bookmarkId, cancellationToken);
        if (bookmark is null)
        {
            return ResumeResult.NotFound;
        }

        try
        {
            var run = await WithInstanceAsync(bookmark.InstanceId, (graph, instance, now) =>
                executor.ResumeAsync(graph, instance, bookmark, payload, now, cancellationToken), cancellationToken);
            return run is null ? ResumeResult.NotFound : new ResumeResult(ResumeStatus.Resumed, run);
        }
        catch (InstanceBusyException)
        {
            return null;
        }
    }

    public async Task<WorkflowRunResult> CancelAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var openIncidents = await stores.Incidents.ListAsync(instanceId, openOnly: true, cancellationToken);
        var run = await WithInstanceAsync(instanceId, (graph, instance, now) =>
        {
            if (instance.IsEnded)
            {
                throw new WorkflowConflictException($"Instance {instanceId} has already ended ({instance.Status}).");
            }

            return Task.FromResult<BurstResult?>(executor.Cancel(graph, instance, now, openIncidents));
        }, cancellationToken);
        return run!;
    }

    /// <summary>Runs the activity behind an open incident again, from its first attempt.</summary>
    public async Task<WorkflowRunResult> RetryIncidentAsync(string incidentId, string? retriedBy = null, CancellationToken cancellationToken = default)
    {
        var incident = await stores.Incidents.FindAsync(incidentId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Incident {incidentId} does not exist.");
        if (!incident.IsOpen)
        {
            throw new WorkflowConflictException($"Incident {incidentId} was already resolved.");
        }

        var run = await WithInstanceAsync(incident.InstanceId, (graph, instance, now) =>
            executor.RetryIncidentAsync(graph, instance, incident, now, retriedBy, cancellationToken), cancellationToken);
        return run ?? throw new WorkflowConflictException($"Incident {incidentId} can no longer be retried.");
    }

    private async Task<WorkflowRunResult?> WithInstanceAsync(string instanceId, Func<WorkflowGraph, WorkflowInstance, DateTimeOffset, Task<BurstResult?>> burst, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            BurstResult? result;
            await using (await locks.AcquireAsync(instanceId, cancellationToken))
            {
                var instance = await stores.Instances.FindAsync(instanceId, cancellationToken)
                    ?? throw new WorkflowNotFoundException($"Instance {instanceId} does not exist.");
                var graph = await graphs.GetAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
                result = await burst(graph, instance, time.GetUtcNow());
                if (result is null)
                {
                    return null;
                }

                try
                {
                    await stores.Committer.CommitAsync(result.Commit, cancellationToken);
                }
                catch (ConcurrencyConflictException) when (attempt < MaxCommitAttempts)
                {
                    logger.LogDebug("Instance {InstanceId} changed under us; reloading (attempt {Attempt})", instanceId, attempt);
                    continue;
                }
            }

            return await AfterCommitAsync(result, cancellationToken);
        }
    }

    /// <summary>
    /// Dispatches the burst's outbox. A dispatched message may have moved the instance on (a child that
    /// finished at once resumed it), so the caller then gets the stored state, not the burst's copy.
    /// </summary>
    private async Task<WorkflowRunResult> AfterCommitAsync(BurstResult result, CancellationToken cancellationToken)
    {
        await NotifyObserversAsync(result.Commit, cancellationToken);
        if (result.Commit.Outbox.Count == 0)
        {
            return new WorkflowRunResult(result.Instance, result.HttpResponse);
        }

        await DispatchAsync(result.Commit, cancellationToken);
        var current = await stores.Instances.FindAsync(result.Instance.Id, cancellationToken) ?? result.Instance;
        return new WorkflowRunResult(current, result.HttpResponse);
    }

    private async Task NotifyObserversAsync(WorkflowCommit commit, CancellationToken cancellationToken)
    {
        foreach (var observer in commitObservers)
        {
            try
            {
                await observer.OnCommittedAsync(commit, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Commit observer {Observer} failed for instance {InstanceId}", observer.GetType().Name, commit.Instance.Id);
            }
        }
    }
}

using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Execution;

/// <summary>
/// The interpreter. A burst takes a stimulus (start, resume, retry), moves tokens through the flowchart
/// until nothing is runnable, and returns everything it changed as one <see cref="WorkflowCommit"/>.
/// It touches no store: the runtime loads, calls it, and commits.
/// </summary>
public sealed partial class WorkflowExecutor(ExpressionEvaluator evaluator, IServiceProvider services, EngineOptions options)
{
    /// <summary>Runs a new instance from its start activities, or from the trigger activity that fired.</summary>
    public Task<BurstResult> StartAsync(WorkflowGraph graph, WorkflowInstance instance, DateTimeOffset now, string? triggerActivityId = null, JsonNode? triggerPayload = null, CancellationToken cancellationToken = default)
    {
        var burst = NewBurst(graph, instance, now, expectedRevision: null);
        foreach (var variable in graph.Definition.Variables)
        {
            instance.Variables.TryAdd(variable.Name, variable.Default?.DeepClone());
        }

        if (triggerActivityId is not null)
        {
            burst.Queue.AddLast(new WorkItem(triggerActivityId, WorkKind.Execute) { IsTriggerStart = true, Payload = triggerPayload });
        }
        else
        {
            foreach (var start in graph.StartActivityIds)
            {
                burst.Queue.AddLast(new WorkItem(start, WorkKind.Execute));
            }
        }

        return RunAsync(burst, cancellationToken);
    }

    /// <summary>Resumes <paramref name="bookmark"/>; returns null when the instance no longer holds it (already used).</summary>
    public Task<BurstResult?> ResumeAsync(WorkflowGraph graph, WorkflowInstance instance, Bookmark bookmark, JsonNode? payload, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var held = instance.Bookmarks.FirstOrDefault(b => b.Id == bookmark.Id);
        if (held is null || instance.IsEnded)
        {
            return Task.FromResult<BurstResult?>(null);
        }

        var burst = NewBurst(graph, instance, now, instance.Revision);
        Burn(burst, held);
        var item = held.Type == BookmarkTypes.Retry
            ? ReadReplay(held.Payload)
            : new WorkItem(held.ActivityId, WorkKind.Resume) { Bookmark = held, Payload = payload, ExecutionId = held.ExecutionId };
        burst.Queue.AddLast(item);
        return RunAsync(burst, cancellationToken)!;
    }

    /// <summary>Runs the faulted execution behind <paramref name="incident"/> again, with a fresh set of attempts.</summary>
    public Task<BurstResult?> RetryIncidentAsync(WorkflowGraph graph, WorkflowInstance instance, Incident incident, DateTimeOffset now, string? retriedBy, CancellationToken cancellationToken = default)
    {
        if (!instance.OpenExecutions.TryGetValue(incident.ExecutionId, out var execution)
            || execution.Status != ActivityExecutionStatus.Faulted || execution.Replay is null || instance.IsEnded)
        {
            return Task.FromResult<BurstResult?>(null);
        }

        var burst = NewBurst(graph, instance, now, instance.Revision);
        instance.OpenExecutions.Remove(incident.ExecutionId);
        burst.Commit.Incidents.Add(incident with { ResolvedAt = now, ResolvedBy = retriedBy });
        burst.Queue.AddLast(ReadReplay(execution.Replay) with { Attempt = 1 });
        return RunAsync(burst, cancellationToken)!;
    }

    /// <summary>Cancels the instance: every bookmark is withdrawn and its tasks cancelled.</summary>
    public BurstResult Cancel(WorkflowGraph graph, WorkflowInstance instance, DateTimeOffset now, IEnumerable<Incident> openIncidents)
    {
        var burst = NewBurst(graph, instance, now, instance.Revision);
        Withdraw(burst, instance.Bookmarks.ToList());
        instance.OpenExecutions.Clear();
        burst.Commit.Incidents.AddRange(openIncidents.Select(i => i with { ResolvedAt = now, ResolvedBy = "cancelled" }));
        instance.Status = WorkflowStatus.Cancelled;
        instance.FinishedAt = now;
        NotifyParent(burst);
        Seal(burst);
        return new BurstResult(burst.Commit, null);
    }

    private BurstState NewBurst(WorkflowGraph graph, WorkflowInstance instance, DateTimeOffset now, long? expectedRevision) =>
        new(graph, instance, new WorkflowCommit { Instance = instance, ExpectedRevision = expectedRevision }, now, evaluator, services);

    private async Task<BurstResult> RunAsync(BurstState burst, CancellationToken cancellationToken)
    {
        burst.Instance.Status = WorkflowStatus.Running;
        burst.Cancellation = cancellationToken;
        var steps = 0;
        while (burst.Queue.First is { } next && !burst.Finished)
        {
            cancellationToken.ThrowIfCancellationRequested();
            burst.Queue.RemoveFirst();
            if (++steps > options.MaxStepsPerBurst)
            {
                StopRunaway(burst, next);
                break;
            }

            await StepAsync(burst, next.Value);
        }

        Conclude(burst);
        return new BurstResult(burst.Commit, burst.HttpResponse);
    }

    private async Task StepAsync(BurstState burst, WorkItem item)
    {
        var compiled = burst.Graph.Activities[item.ActivityId];
        var executionId = item.ExecutionId ?? burst.NextExecutionId();
        var context = new ActivityExecutionContext(burst, compiled, item, executionId);
        var clock = Stopwatch.StartNew();
        try
        {
            if (item.Kind == WorkKind.Resume)
            {
                await compiled.Activity.ResumeAsync(context);
            }
            else
            {
                await compiled.Activity.ExecuteAsync(context);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !TransientFailures.IsTransient(ex))
        {
            // A transient infrastructure failure is not caught here: it abandons the whole burst uncommitted
            // (see TransientFailures), so a database restart mid-step never turns into an incident.
            HandleFault(burst, context, item, ex, clock.Elapsed);
            return;
        }

        Apply(burst, context, item, clock.Elapsed);
    }

    private void Apply(BurstState burst, ActivityExecutionContext context, WorkItem item, TimeSpan elapsed)
    {
        var instance = burst.Instance;
        var commit = burst.Commit;
        foreach (var message in context.Logs)
        {
            commit.Journal.Add(Entry(burst, context, JournalEventType.Log, TimeSpan.Zero) with { Message = message });
        }

        commit.Tasks.AddRange(context.NewTasks);
        commit.TaskUpdates.AddRange(context.TaskUpdates);
        commit.Outbox.AddRange(context.OutboxMessages);
        foreach (var bookmark in context.NewBookmarks)
        {
            instance.Bookmarks.Add(bookmark);
            commit.AddedBookmarks.Add(bookmark);
        }

        if (context.IsCompleted)
        {
            foreach (var leftover in instance.Bookmarks.Where(b => b.ExecutionId == context.ExecutionId).ToList())
            {
                Burn(burst, leftover);
            }

            instance.OpenExecutions.Remove(context.ExecutionId);
            commit.Journal.Add(Entry(burst, context, JournalEventType.Completed, elapsed) with { Outcomes = context.Outcomes });
        }
        else
        {
            var started = instance.OpenExecutions.GetValueOrDefault(context.ExecutionId)?.StartedAt ?? burst.Now;
            instance.OpenExecutions[context.ExecutionId] = new ActivityExecutionRecord
            {
                Id = context.ExecutionId,
                ActivityId = context.Activity.Node.Id,
                Status = ActivityExecutionStatus.Waiting,
                Attempt = item.Attempt,
                StartedAt = started,
            };
            commit.Journal.Add(Entry(burst, context, JournalEventType.Suspended, elapsed) with { Outcomes = context.Emitted });
        }

        // Withdraw before scheduling: inside a loop the join's own successors can reach it again, and the
        // token it sends them now must not be withdrawn with the others.
        if (context.CancelUpstreamRequested)
        {
            CancelUpstream(burst, context.Activity.Node.Id);
        }

        foreach (var outcome in context.Outcomes.Concat(context.Emitted))
        {
            Schedule(burst, context.Activity.Node.Id, outcome);
        }

        if (context.FinishRequested)
        {
            Finish(burst);
        }
    }

    private static void Schedule(BurstState burst, string activityId, string outcome)
    {
        foreach (var connection in burst.Graph.Outgoing(activityId, outcome))
        {
            burst.Queue.AddLast(new WorkItem(connection.Target.Activity, WorkKind.Execute) { ArrivedVia = connection });
        }
    }

    private static WorkItem ReadReplay(JsonNode? replay) =>
        replay.Deserialize<WorkItem>(WorkflowJson.Options) ?? throw new InvalidOperationException("A retry bookmark has no replay.");

    private static JsonObject WriteReplay(WorkItem item) =>
        JsonSerializer.SerializeToNode(item, WorkflowJson.Options)!.AsObject();
}

using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Execution;

/// <summary>Faults: a durable retry while the policy allows one, then an incident an operator can retry.</summary>
public sealed partial class WorkflowExecutor
{
    private void HandleFault(BurstState burst, ActivityExecutionContext context, WorkItem item, Exception error, TimeSpan elapsed)
    {
        var instance = burst.Instance;
        var message = error is ExpressionException expression ? expression.Message + expression.Position : error.Message;
        var policy = context.Activity.Node.Retry ?? DefaultRetryPolicy(context.Activity.Descriptor);
        var replay = item with { ExecutionId = context.ExecutionId };
        var entry = Entry(burst, context, JournalEventType.Faulted, elapsed) with { Error = message, Attempt = item.Attempt };

        var retryable = error is not ActivityFaultException { Permanent: true };
        if (retryable && policy is not null && item.Attempt < policy.MaxAttempts)
        {
            var retry = replay with { Attempt = item.Attempt + 1 };
            var bookmark = new Bookmark
            {
                Id = burst.NewId(),
                InstanceId = instance.Id,
                ActivityId = context.Activity.Node.Id,
                ExecutionId = context.ExecutionId,
                Type = BookmarkTypes.Retry,
                Hash = BookmarkHash.Compute(BookmarkTypes.Retry, context.ExecutionId),
                CorrelationKey = context.ExecutionId,
                Payload = WriteReplay(retry),
                DueAt = burst.Now + policy.DelayBefore(retry.Attempt),
                CreatedAt = burst.Now,
            };
            instance.Bookmarks.Add(bookmark);
            burst.Commit.AddedBookmarks.Add(bookmark);
            instance.OpenExecutions[context.ExecutionId] = new ActivityExecutionRecord
            {
                Id = context.ExecutionId,
                ActivityId = context.Activity.Node.Id,
                Status = ActivityExecutionStatus.Waiting,
                Attempt = item.Attempt,
                StartedAt = burst.Now,
            };
            burst.Commit.Journal.Add(entry with { EventType = JournalEventType.RetryScheduled, Message = $"Attempt {retry.Attempt} of {policy.MaxAttempts} at {bookmark.DueAt:O}" });
            return;
        }

        RaiseIncident(burst, context.Activity, context.ExecutionId, replay with { Attempt = 1 }, message, error.GetType().Name, item.Attempt);
        burst.Commit.Journal.Add(entry);
    }

    private RetryPolicy? DefaultRetryPolicy(ActivityDescriptor descriptor) =>
        services.GetService(typeof(IDefaultRetryPolicies)) is IDefaultRetryPolicies defaults ? defaults.For(descriptor) : null;

    private static void RaiseIncident(BurstState burst, CompiledActivity activity, string executionId, WorkItem replay, string message, string errorType, int attempts)
    {
        var incident = new Incident
        {
            Id = burst.NewId(),
            InstanceId = burst.Instance.Id,
            DefinitionId = burst.Instance.DefinitionId,
            ActivityId = activity.Node.Id,
            ActivityType = activity.Descriptor.Type,
            ExecutionId = executionId,
            Message = message,
            ErrorType = errorType,
            Attempts = attempts,
            CreatedAt = burst.Now,
        };
        burst.Commit.Incidents.Add(incident);
        burst.Commit.Outbox.Add(new OutboxMessage
        {
            Id = burst.NewId(),
            Type = OutboxMessageTypes.IncidentRaised,
            InstanceId = burst.Instance.Id,
            Payload = new JsonObject
            {
                ["incidentId"] = incident.Id,
                ["definitionId"] = incident.DefinitionId,
                ["activityId"] = incident.ActivityId,
                ["activityType"] = incident.ActivityType,
                ["message"] = incident.Message,
                ["errorType"] = incident.ErrorType,
                ["attempts"] = incident.Attempts,
                ["createdAt"] = incident.CreatedAt.ToString("O"),
            },
            CreatedAt = burst.Now,
        });
        burst.Instance.OpenExecutions[executionId] = new ActivityExecutionRecord
        {
            Id = executionId,
            ActivityId = activity.Node.Id,
            Status = ActivityExecutionStatus.Faulted,
            Attempt = attempts,
            StartedAt = burst.Now,
            IncidentId = incident.Id,
            Replay = WriteReplay(replay),
        };
    }

    /// <summary>
    /// A burst that passes the step limit is a loop with no blocking activity. The token is parked on an
    /// incident (an operator can retry once the cause is fixed); other queued tokens are dropped.
    /// </summary>
    private void StopRunaway(BurstState burst, LinkedListNode<WorkItem> current)
    {
        var activity = burst.Graph.Activities[current.Value.ActivityId];
        var message = $"Stopped after {options.MaxStepsPerBurst} steps in one burst: a loop without a blocking activity?";
        RaiseIncident(burst, activity, burst.NextExecutionId(), current.Value, message, "RunawayLoop", 1);
        burst.Queue.Clear();
    }

    private JournalEntry Entry(BurstState burst, ActivityExecutionContext context, JournalEventType type, TimeSpan elapsed) => new()
    {
        InstanceId = burst.Instance.Id,
        Sequence = burst.NextJournalSequence(),
        ExecutionId = context.ExecutionId,
        ActivityId = context.Activity.Node.Id,
        ActivityType = context.Activity.Descriptor.Type,
        EventType = type,
        StartedAt = burst.Now,
        CompletedAt = burst.Now + elapsed,
        DurationMs = elapsed.TotalMilliseconds,
        Attempt = context.Attempt,
        InputSummary = Summarise(context.EvaluatedInputs),
        OutputSummary = Summarise(context.Outputs),
    };

    private string? Summarise(IReadOnlyDictionary<string, JsonNode?> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var json = new JsonObject(values.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))).ToJsonString();
        return json.Length <= options.JournalSummaryLength ? json : json[..options.JournalSummaryLength] + "…";
    }
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Runtime;

/// <summary>
/// Dispatches outbox messages after their burst committed. Each is claimed with a lease first, so two
/// dispatchers never run one message at once; a failed dispatch stays pending for the scheduler's sweep.
/// Handlers are idempotent: children start with fixed ids and bookmarks burn on use. A draining node claims no
/// more messages: what a burst committed meanwhile stays pending for the other nodes' sweep.
/// </summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>Dispatches pending messages left by earlier failures or crashes; returns how many ran.</summary>
    public async Task<int> DispatchPendingAsync(int max = 100, CancellationToken cancellationToken = default)
    {
        var pending = await stores.Outbox.ListPendingAsync(time.GetUtcNow(), max, cancellationToken);
        var count = 0;
        foreach (var message in pending.TakeWhile(_ => !node.IsDraining))
        {
            count += await DispatchOneAsync(message, cancellationToken) ? 1 : 0;
        }

        return count;
    }

    private async Task DispatchAsync(WorkflowCommit commit, CancellationToken cancellationToken)
    {
        foreach (var message in commit.Outbox.TakeWhile(_ => !node.IsDraining))
        {
            await DispatchOneAsync(message, cancellationToken);
        }
    }

    private async Task<bool> DispatchOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!await stores.Outbox.TryClaimAsync(message.Id, node.Id, now, now + options.OutboxLeaseDuration, cancellationToken))
        {
            return false;
        }

        try
        {
            await HandleAsync(message, cancellationToken);
            await stores.Outbox.MarkDispatchedAsync(message.Id, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Outbox message {MessageId} ({Type}) of instance {InstanceId} failed; it will be retried", message.Id, message.Type, message.InstanceId);
            return false;
        }
    }

    private async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.Payload;
        switch (message.Type)
        {
            case OutboxMessageTypes.StartWorkflow:
                await StartChildAsync(payload, cancellationToken);
                break;
            case OutboxMessageTypes.PublishEvent:
                await PublishEventAsync(Text(payload, "eventName")!, Text(payload, "correlationKey"), payload["payload"]?.DeepClone(), cancellationToken);
                break;
            case OutboxMessageTypes.ChildEnded:
                await ResumeBookmarkAsync(Text(payload, "parentBookmarkId")!, payload.DeepClone(), cancellationToken);
                break;
            default:
                await HandleExternallyAsync(message, cancellationToken);
                break;
        }
    }

    private async Task HandleExternallyAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var handled = false;
        foreach (var handler in outboxHandlers.Where(h => h.Type == message.Type))
        {
            await handler.HandleAsync(message, cancellationToken);
            handled = true;
        }

        if (!handled && message.Type != OutboxMessageTypes.IncidentRaised)
        {
            logger.LogError("No handler for outbox message type {Type}; message {MessageId} is dropped", message.Type, message.Id);
        }
    }

    /// <summary>A child that cannot start (its definition is missing) answers its parent as Faulted instead of leaving it waiting.</summary>
    private async Task StartChildAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        var request = new StartWorkflowRequest(Text(payload, "definitionId")!)
        {
            InstanceId = Text(payload, "instanceId"),
            Input = payload["input"]?.DeepClone() as JsonObject,
            CorrelationId = Text(payload, "correlationId"),
            ParentInstanceId = Text(payload, "parentInstanceId"),
            ParentBookmarkId = Text(payload, "parentBookmarkId"),
        };
        try
        {
            await StartAsync(request, cancellationToken);
        }
        catch (WorkflowEngineException ex) when (request.ParentBookmarkId is not null)
        {
            var answer = new JsonObject { ["status"] = nameof(WorkflowStatus.Faulted), ["error"] = ex.Message };
            await ResumeBookmarkAsync(request.ParentBookmarkId, answer, cancellationToken);
        }
    }

    private static string? Text(JsonObject payload, string name) => payload[name]?.GetValue<string>();
}

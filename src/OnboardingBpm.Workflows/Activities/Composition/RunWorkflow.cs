using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.Composition;

[Activity("RunWorkflow", "Composition", "Run workflow", Description = "Runs a child workflow and waits for it; its outputs come back.", Kind = ActivityKind.Blocking, Outcomes = ["Done", "Cancelled"])]
public sealed class RunWorkflow : Activity
{
    [Input(Description = "The definition id of the child workflow.", Required = true, LiteralOnly = true)]
    public Input<string> WorkflowDefinitionId { get; set; } = default!;

    [Input(Description = "The input given to the child.", UIHint = UIHints.Json)]
    public Input<JsonObject?> Input { get; set; } = default!;

    [Output(Description = "The child's outputs.")]
    public Output<JsonObject?> Output { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var childId = context.NewId();
        var bookmark = context.CreateBookmark(BookmarkTypes.RunWorkflow, childId);
        context.AddOutboxMessage(OutboxMessageTypes.StartWorkflow, ChildStart.Payload(context, childId, context.Get(WorkflowDefinitionId), context.Get(Input), bookmark.Id));
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var status = context.Payload?["status"]?.GetValue<string>();
        if (status == nameof(WorkflowStatus.Faulted))
        {
            throw new ActivityFaultException($"The child workflow could not run: {context.Payload?["error"]?.GetValue<string>()}");
        }

        context.Set(Output, context.Payload?["output"]?.DeepClone() as JsonObject);
        context.Complete(status == nameof(WorkflowStatus.Cancelled) ? "Cancelled" : "Done");
        return ValueTask.CompletedTask;
    }
}

internal static class ChildStart
{
    /// <summary>An outbox message that starts a child with a fixed id, so a replayed message starts it once.</summary>
    public static JsonObject Payload(ActivityExecutionContext context, string childId, string definitionId, JsonObject? input, string? parentBookmarkId) => new()
    {
        ["instanceId"] = childId,
        ["definitionId"] = definitionId,
        ["input"] = input?.DeepClone() ?? new JsonObject(),
        ["correlationId"] = context.Instance.CorrelationId,
        ["parentInstanceId"] = parentBookmarkId is null ? null : context.Instance.Id,
        ["parentBookmarkId"] = parentBookmarkId,
    };
}

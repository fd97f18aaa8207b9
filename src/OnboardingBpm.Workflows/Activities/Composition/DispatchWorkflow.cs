using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.Composition;

[Activity("DispatchWorkflow", "Composition", "Dispatch workflow", Description = "Starts another workflow and goes on without waiting (fire and forget).")]
public sealed class DispatchWorkflow : Activity
{
    [Input(Description = "The definition id of the workflow to start.", Required = true, LiteralOnly = true)]
    public Input<string> WorkflowDefinitionId { get; set; } = default!;

    [Input(Description = "The input given to it.", UIHint = UIHints.Json)]
    public Input<JsonObject?> Input { get; set; } = default!;

    [Input(Description = "The correlation id of the started instance (e.g. a case id, so the instances of one case can be found together); empty keeps this instance's.")]
    public Input<string?> CorrelationId { get; set; } = default!;

    [Output(Description = "The id of the started instance.")]
    public Output<string> InstanceId { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var childId = context.NewId();
        var payload = ChildStart.Payload(context, childId, context.Get(WorkflowDefinitionId), context.Get(Input), parentBookmarkId: null);
        if (context.Get(CorrelationId) is { Length: > 0 } correlationId)
        {
            payload["correlationId"] = correlationId;
        }

        context.AddOutboxMessage(OutboxMessageTypes.StartWorkflow, payload);
        context.Set(InstanceId, childId);
        context.Complete();
        return ValueTask.CompletedTask;
    }
}

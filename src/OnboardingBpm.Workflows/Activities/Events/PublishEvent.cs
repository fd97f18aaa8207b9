using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.Events;

[Activity("PublishEvent", "Events", "Publish event", Description = "Publishes an event to waiting workflows and event triggers, after this step commits.")]
public sealed class PublishEvent : Activity
{
    [Input(Description = "The event name.", Required = true)]
    public Input<string> EventName { get; set; } = default!;

    [Input(Description = "The correlation key waiting workflows match on.")]
    public Input<string?> CorrelationKey { get; set; } = default!;

    [Input(Description = "Data sent with the event.", UIHint = UIHints.Json)]
    public Input<JsonNode?> Payload { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.AddOutboxMessage(OutboxMessageTypes.PublishEvent, new JsonObject
        {
            ["eventName"] = context.Get(EventName),
            ["correlationKey"] = context.Get(CorrelationKey),
            ["payload"] = context.Get(Payload),
        });
        context.Complete();
        return ValueTask.CompletedTask;
    }
}

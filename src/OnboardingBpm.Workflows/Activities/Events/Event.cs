using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.Events;

[Activity("Event", "Events", "Event", Description = "Waits for a named event with a correlation key; with no inbound connection, an event of that name starts the workflow.", Kind = ActivityKind.Trigger, CanStartWorkflow = true)]
public sealed class Event : Activity
{
    [Input(Description = "The event name, e.g. case.resolved.", Required = true, LiteralOnly = true)]
    public Input<string> EventName { get; set; } = default!;

    [Input(Description = "Only an event with this key resumes the workflow (e.g. the case id). Empty: any.")]
    public Input<string?> CorrelationKey { get; set; } = default!;

    [Output(Description = "The event's payload.")]
    public Output<JsonNode?> Payload { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.IsTriggerStart)
        {
            context.Set(Payload, context.Payload);
            context.Complete();
        }
        else
        {
            context.CreateBookmark(BookmarkTypes.Event, EventKeys.For(context.Get(EventName), context.Get(CorrelationKey)));
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        context.Set(Payload, context.Payload);
        context.Complete();
        return ValueTask.CompletedTask;
    }
}

public static class EventKeys
{
    /// <summary>The bookmark key of an event wait: name and correlation key.</summary>
    public static string For(string eventName, string? correlationKey) => eventName + "|" + (correlationKey ?? "");
}

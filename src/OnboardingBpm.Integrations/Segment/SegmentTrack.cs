using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Activities;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Segment;

[Activity("SegmentTrack", "Segment", "Segment track", Description = "Records an event for a user in Segment; a retry or replay is deduplicated by its messageId.")]
public sealed class SegmentTrack : IntegrationActivity
{
    [Input(Description = "The user the event belongs to.", Required = true)]
    public Input<string> UserId { get; set; } = default!;

    [Input(Description = "The event name, e.g. Onboarding Started.", Required = true)]
    public Input<string> Event { get; set; } = default!;

    [Input(Description = "The event's properties.", UIHint = UIHints.Json)]
    public Input<JsonObject?> Properties { get; set; } = default!;

    [Input(Description = "Segment's deduplication key; empty uses this step's transaction id.")]
    public Input<string?> MessageId { get; set; } = default!;

    protected override async Task RunAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.GetRequiredService<SegmentClient>();
        await client.TrackAsync(context.Get(UserId), context.Get(Event), context.Get(Properties), context.KeyOrIdempotencyKey(MessageId), cancellationToken);
    }
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Activities;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Segment;

[Activity("SegmentIdentify", "Segment", "Segment identify", Description = "Records who a user is (traits such as name, company, plan) in Segment.")]
public sealed class SegmentIdentify : IntegrationActivity
{
    [Input(Description = "The user's id.", Required = true)]
    public Input<string> UserId { get; set; } = default!;

    [Input(Description = "The user's traits.", UIHint = UIHints.Json)]
    public Input<JsonObject?> Traits { get; set; } = default!;

    [Input(Description = "Segment's deduplication key; empty uses this step's transaction id.")]
    public Input<string?> MessageId { get; set; } = default!;

    protected override async Task RunAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.GetRequiredService<SegmentClient>();
        await client.IdentifyAsync(context.Get(UserId), context.Get(Traits), context.KeyOrIdempotencyKey(MessageId), cancellationToken);
    }
}

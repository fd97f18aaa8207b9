using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.Timing;

[Activity("Delay", "Timing", "Delay", Description = "Waits for a duration (durable: survives restarts).", Kind = ActivityKind.Blocking)]
public sealed class Delay : Activity
{
    [Input(Description = "How long to wait, as an ISO 8601 duration (PT72H, P3D).", Required = true, UIHint = UIHints.Duration)]
    public Input<TimeSpan> Duration { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.WaitUntil(BookmarkTypes.Delay, context.Now + context.Get(Duration));
        return ValueTask.CompletedTask;
    }
}

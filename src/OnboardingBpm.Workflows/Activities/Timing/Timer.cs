using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.Timing;

[Activity("Timer", "Timing", "Timer", Description = "Waits until a point in time; a time already past continues at once.", Kind = ActivityKind.Blocking)]
public sealed class Timer : Activity
{
    [Input(Description = "When to continue (ISO 8601, e.g. an expression adding days to a variable).", Required = true, UIHint = UIHints.DateTime)]
    public Input<DateTimeOffset> At { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var at = context.Get(At);
        if (at <= context.Now)
        {
            context.Complete();
        }
        else
        {
            context.WaitUntil(BookmarkTypes.Timer, at);
        }

        return ValueTask.CompletedTask;
    }
}

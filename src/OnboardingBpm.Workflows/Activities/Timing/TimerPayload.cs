using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.Timing;

/// <summary>What a timer bookmark carries: when it is due.</summary>
public sealed record TimerPayload(DateTimeOffset DueAt);

public static class TimerContextExtensions
{
    /// <summary>Creates a timer bookmark the scheduler fires when the clock passes <paramref name="dueAt"/>.</summary>
    public static Bookmark WaitUntil(this ActivityExecutionContext context, string bookmarkType, DateTimeOffset dueAt) =>
        context.CreateBookmark(bookmarkType, correlationKey: null, new JsonObject { ["dueAt"] = dueAt.ToString("O") }, dueAt);
}

using Cronos;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.Timing;

[Activity("Cron", "Timing", "Cron", Description = "Starts the workflow on a schedule; inside a flow, waits for the next occurrence.", Kind = ActivityKind.Trigger, CanStartWorkflow = true)]
public sealed class Cron : Activity
{
    [Input(Description = "A cron expression: 5 fields, or 6 with seconds first (\"0 8 * * 1\" = Mondays 08:00).", Required = true, LiteralOnly = true)]
    public Input<string> Expression { get; set; } = default!;

    [Input(Description = "The IANA time zone the schedule is read in.", DefaultJson = "\"UTC\"", LiteralOnly = true)]
    public Input<string> TimeZone { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.IsTriggerStart)
        {
            context.Complete();
            return ValueTask.CompletedTask;
        }

        var next = CronSchedule.Next(context.Get(Expression), context.Get(TimeZone), context.Now)
            ?? throw new ActivityFaultException("The cron expression has no future occurrence.");
        context.WaitUntil(BookmarkTypes.Cron, next);
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<ActivityProblem> Validate()
    {
        var expression = Expression.Literal();
        if (expression is not null && !CronSchedule.TryParse(expression, out _, out var error))
        {
            yield return new ActivityProblem("expression", error!);
        }

        var zone = TimeZone.Literal();
        if (zone is not null && !CronSchedule.TryFindZone(zone, out _))
        {
            yield return new ActivityProblem("timeZone", $"'{zone}' is not a known time zone");
        }
    }
}

/// <summary>Cron parsing and next-occurrence arithmetic shared by the activity and the trigger index.</summary>
public static class CronSchedule
{
    public static bool TryParse(string text, out CronExpression? expression, out string? error)
    {
        expression = null;
        error = null;
        try
        {
            var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            expression = CronExpression.Parse(text, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            return true;
        }
        catch (CronFormatException ex)
        {
            error = $"not a valid cron expression: {ex.Message}";
            return false;
        }
    }

    public static bool TryFindZone(string id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.Equals(id, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone!);
    }

    public static DateTimeOffset? Next(string expression, string? zoneId, DateTimeOffset after)
    {
        if (!TryParse(expression, out var cron, out var error))
        {
            throw new ActivityFaultException(error!);
        }

        var zone = TryFindZone(zoneId ?? "UTC", out var found) ? found : TimeZoneInfo.Utc;
        return cron!.GetNextOccurrence(after, zone);
    }
}

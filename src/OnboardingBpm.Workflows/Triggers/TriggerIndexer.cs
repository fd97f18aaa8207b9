using OnboardingBpm.Workflows.Activities.Events;
using OnboardingBpm.Workflows.Activities.Http;
using OnboardingBpm.Workflows.Activities.Timing;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Workflows.Triggers;

/// <summary>Finds the triggers of a version: its start-capable activities with no inbound connection.</summary>
public static class TriggerIndexer
{
    public static IReadOnlyList<Trigger> For(WorkflowGraph graph, int version, DateTimeOffset now)
    {
        var triggers = new List<Trigger>();
        foreach (var (id, compiled) in graph.Activities)
        {
            if (graph.HasInbound(id))
            {
                continue;
            }

            var trigger = compiled.Activity switch
            {
                HttpEndpoint http => Create(BookmarkTypes.HttpEndpoint, HttpRoutes.Key(http.Method.Literal() ?? "POST", http.Path.Literal() ?? "/"), null),
                Event @event => Create(BookmarkTypes.Event, @event.EventName.Literal() ?? "", null),
                Cron cron => CronTrigger(cron),
                _ => null,
            };
            if (trigger is not null)
            {
                triggers.Add(trigger);
            }

            Trigger Create(string type, string key, DateTimeOffset? due) => new()
            {
                Id = $"{graph.Definition.DefinitionId}:{version}:{id}",
                DefinitionId = graph.Definition.DefinitionId,
                Version = version,
                ActivityId = id,
                Type = type,
                Key = key,
                Hash = BookmarkHash.Compute(type, key),
                NextDueAt = due,
            };

            Trigger CronTrigger(Cron cron)
            {
                var expression = cron.Expression.Literal() ?? "";
                var zone = cron.TimeZone.Literal() ?? "UTC";
                return Create(BookmarkTypes.Cron, CronKeys.Join(expression, zone), CronSchedule.Next(expression, zone, now));
            }
        }

        return triggers;
    }
}

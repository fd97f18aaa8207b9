using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Activities.Events;
using OnboardingBpm.Workflows.Activities.Http;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Triggers;

namespace OnboardingBpm.Workflows.Runtime;

/// <summary>Stimuli found by key: events, HTTP requests, and bookmarks of a type and correlation key.</summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>Resumes every bookmark of <paramref name="type"/> waiting on <paramref name="correlationKey"/>.</summary>
    public async Task<IReadOnlyList<WorkflowRunResult>> ResumeAsync(string type, string correlationKey, JsonNode? payload, CancellationToken cancellationToken = default)
    {
        var results = new List<WorkflowRunResult>();
        foreach (var bookmark in await stores.Bookmarks.FindByHashAsync(BookmarkHash.Compute(type, correlationKey), cancellationToken))
        {
            if (await ResumeBookmarkAsync(bookmark.Id, payload, cancellationToken) is { Run: { } run })
            {
                results.Add(run);
            }
        }

        return results;
    }

    /// <summary>
    /// Publishes an event: resumes workflows waiting for it with this correlation key (and those waiting on
    /// the name alone), and starts the published workflows whose Event trigger has this name.
    /// </summary>
    public async Task<EventResult> PublishEventAsync(string eventName, string? correlationKey, JsonNode? payload, CancellationToken cancellationToken = default)
    {
        var resumed = new List<string>();
        var keys = string.IsNullOrEmpty(correlationKey) ? [EventKeys.For(eventName, null)] : new[] { EventKeys.For(eventName, correlationKey), EventKeys.For(eventName, null) };
        foreach (var key in keys)
        {
            resumed.AddRange((await ResumeAsync(BookmarkTypes.Event, key, payload, cancellationToken)).Select(r => r.Instance.Id));
        }

        var started = new List<string>();
        foreach (var trigger in await stores.Triggers.FindByHashAsync(BookmarkHash.Compute(BookmarkTypes.Event, eventName), cancellationToken))
        {
            var run = await StartFromTriggerAsync(trigger, payload, correlationKey, cancellationToken: cancellationToken);
            started.Add(run.Instance.Id);
        }

        return new EventResult(resumed, started);
    }

    /// <summary>
    /// Handles a request to <c>/workflows{path}</c>: with a correlation id it resumes the instance waiting on
    /// that route, else it starts the workflow whose HttpEndpoint trigger has the route. Null when nothing matches.
    /// </summary>
    public async Task<WorkflowRunResult?> HandleHttpAsync(HttpWorkflowRequest request, CancellationToken cancellationToken = default)
    {
        var route = HttpRoutes.Key(request.Method, request.Path);
        var payload = new JsonObject { ["body"] = request.Body?.DeepClone(), ["query"] = request.Query?.DeepClone() };
        if (request.CorrelationId is not null)
        {
            var waiting = await stores.Bookmarks.FindByHashAsync(BookmarkHash.Compute(BookmarkTypes.HttpEndpoint, HttpRoutes.ResumeKey(route, request.CorrelationId)), cancellationToken);
            foreach (var bookmark in waiting)
            {
                if (await ResumeBookmarkAsync(bookmark.Id, payload, cancellationToken) is { Run: { } resumed })
                {
                    return resumed;
                }
            }
        }

        var triggers = await stores.Triggers.FindByHashAsync(BookmarkHash.Compute(BookmarkTypes.HttpEndpoint, route), cancellationToken);
        var trigger = triggers.OrderBy(t => t.DefinitionId, StringComparer.Ordinal).FirstOrDefault();
        if (trigger is null)
        {
            return null;
        }

        var instanceId = request.IdempotencyKey is null ? null : IdempotentIds.For(route, request.IdempotencyKey);
        return await StartFromTriggerAsync(trigger, payload, request.CorrelationId, instanceId, cancellationToken);
    }

    public Task<WorkflowRunResult> StartFromTriggerAsync(Trigger trigger, JsonNode? payload, string? correlationId, string? instanceId = null, CancellationToken cancellationToken = default) =>
        StartAsync(new StartWorkflowRequest(trigger.DefinitionId)
        {
            Version = trigger.Version,
            CorrelationId = correlationId,
            TriggerActivityId = trigger.ActivityId,
            TriggerPayload = payload,
            InstanceId = instanceId,
        }, cancellationToken);
}

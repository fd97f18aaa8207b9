using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Runtime;

public sealed class RetryAndIncidentTests
{
    private static readonly TimeSpan JustUnder5Minutes = TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1);

    [Fact]
    public async Task a_failing_activity_is_retried_at_its_interval_then_raises_an_incident()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flaky());
        var t0 = engine.Clock.GetUtcNow();
        var instance = await engine.StartAsync("flaky");
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal(t0 + TimeSpan.FromMinutes(5), Assert.Single(instance.Bookmarks, b => b.Type == BookmarkTypes.Retry).DueAt);

        Assert.Equal(0, await engine.AdvanceAsync(JustUnder5Minutes));
        Assert.Single(await FailuresAsync(engine, instance.Id));
        Assert.Equal(1, await engine.AdvanceAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(0, await engine.AdvanceAsync(JustUnder5Minutes));
        Assert.Equal(2, (await FailuresAsync(engine, instance.Id)).Count);
        Assert.Empty(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));
        Assert.Equal(1, await engine.AdvanceAsync(TimeSpan.FromSeconds(1)));

        var failures = await FailuresAsync(engine, instance.Id);
        Assert.Equal([1, 2, 3], failures.Select(f => f.Attempt));
        Assert.Equal([t0, t0 + TimeSpan.FromMinutes(5), t0 + TimeSpan.FromMinutes(10)], failures.Select(f => f.StartedAt));
        Assert.Equal([JournalEventType.RetryScheduled, JournalEventType.RetryScheduled, JournalEventType.Faulted], failures.Select(f => f.EventType));
        Assert.All(failures, f => Assert.Contains("service down", f.Error, StringComparison.Ordinal));

        var faulted = await engine.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.DoesNotContain(faulted.Bookmarks, b => b.Type == BookmarkTypes.Retry);
        var incident = Assert.Single(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));
        Assert.Equal(("call", 3), (incident.ActivityId, incident.Attempts));
        Assert.Contains("service down", incident.Message, StringComparison.Ordinal);
        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task retrying_an_incident_runs_the_activity_again_and_resolves_the_incident()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flaky());
        var instance = await engine.StartAsync("flaky");
        await engine.AdvanceAsync(TimeSpan.FromMinutes(5));
        await engine.AdvanceAsync(TimeSpan.FromMinutes(5));
        var incident = Assert.Single(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));
        await engine.Runtime.PublishEventAsync("service.repaired", null, null);
        Assert.Equal(WorkflowStatus.Faulted, (await engine.InstanceAsync(instance.Id)).Status);

        var run = await engine.Runtime.RetryIncidentAsync(incident.Id, "ops");

        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
        Assert.Equal(1, run.Instance.Variables["calls"]!.GetValue<double>());
        var resolved = await engine.Stores.Incidents.FindAsync(incident.Id);
        Assert.Equal((engine.Clock.GetUtcNow(), "ops"), (resolved!.ResolvedAt, resolved.ResolvedBy));
        var journal = await engine.Stores.Journal.ListAsync(instance.Id, 0, 100);
        var success = Assert.Single(journal.Items, e => e.ActivityId == "call" && e.EventType == JournalEventType.Completed);
        Assert.Equal(1, success.Attempt);
    }

    [Fact]
    public async Task retrying_an_incident_that_still_fails_starts_a_fresh_series_of_attempts()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flaky());
        var instance = await engine.StartAsync("flaky");
        await engine.AdvanceAsync(TimeSpan.FromMinutes(5));
        await engine.AdvanceAsync(TimeSpan.FromMinutes(5));
        var first = Assert.Single(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));

        var run = await engine.Runtime.RetryIncidentAsync(first.Id, "ops");

        Assert.Equal(WorkflowStatus.Suspended, run.Instance.Status);
        Assert.Empty(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));
        var latest = (await FailuresAsync(engine, instance.Id))[^1];
        Assert.Equal((1, JournalEventType.RetryScheduled), (latest.Attempt, latest.EventType));
        Assert.Equal(0, await engine.AdvanceAsync(JustUnder5Minutes));
        await engine.AdvanceAsync(TimeSpan.FromSeconds(1));
        await engine.AdvanceAsync(TimeSpan.FromMinutes(5));
        var second = Assert.Single(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(3, second.Attempts);
    }

    [Theory]
    [InlineData("Exponential", null, new[] { 1, 2, 4, 8 })]
    [InlineData("Exponential", "PT3M", new[] { 1, 2, 3, 3 })]
    [InlineData("Fixed", null, new[] { 1, 1, 1, 1 })]
    public async Task the_backoff_sets_the_wait_before_each_retry(string backoff, string? maxInterval, int[] minutes)
    {
        await using var engine = new EngineHarness();
        var fault = Activity("fail", "Fault", new() { ["message"] = "always" }).WithRetry(5, "PT1M", backoff);
        if (maxInterval is not null)
        {
            fault["retry"]!["maxInterval"] = maxInterval;
        }

        await engine.PublishAsync(Flow("backoff", [Activity("start", "Start"), fault], [Connect("start", "fail")]));
        var instance = await engine.StartAsync("backoff");

        var waits = new List<int>();
        for (var i = 0; i < minutes.Length; i++)
        {
            var current = await engine.InstanceAsync(instance.Id);
            var due = Assert.Single(current.Bookmarks, b => b.Type == BookmarkTypes.Retry).DueAt!.Value;
            waits.Add((int)(due - engine.Clock.GetUtcNow()).TotalMinutes);
            Assert.Equal(0, await engine.AdvanceAsync(due - engine.Clock.GetUtcNow() - TimeSpan.FromSeconds(1)));
            Assert.Equal(1, await engine.AdvanceAsync(TimeSpan.FromSeconds(1)));
        }

        Assert.Equal(minutes, waits);
        Assert.Equal(5, Assert.Single(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true)).Attempts);
    }

    [Fact]
    public async Task a_resolved_or_unknown_incident_cannot_be_retried()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("fail", [Activity("start", "Start"), Activity("fail", "Fault", new() { ["message"] = "no" })], [Connect("start", "fail")]));
        var instance = await engine.StartAsync("fail");
        var incident = Assert.Single(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));
        await engine.Runtime.RetryIncidentAsync(incident.Id);
        var reopened = Assert.Single(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));
        Assert.NotEqual(incident.Id, reopened.Id);

        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Runtime.RetryIncidentAsync(incident.Id));
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => engine.Runtime.RetryIncidentAsync("missing"));
    }

    /// <summary>A call that fails until a parallel branch, resumed by an event, marks the service healthy.</summary>
    private static string Flaky() => Flow("flaky",
        [
            Activity("start", "Start"),
            Activity("fork", "Fork", new() { ["branches"] = new JsonArray("Work", "Repair") }),
            Activity("call", "Script", new() { ["code"] = "if (!variables.healthy) { throw new Error('service down'); }\nvariables.calls = variables.calls + 1;" })
                .WithRetry(3, "PT5M"),
            Activity("repaired", "Event", new() { ["eventName"] = "service.repaired" }),
            Activity("heal", "SetVariable", new() { ["variable"] = "healthy", ["value"] = true }),
        ],
        [Connect("start", "fork"), Connect("fork", "call", "Work"), Connect("fork", "repaired", "Repair"), Connect("repaired", "heal")],
        [Variable("healthy", "Boolean", false), Variable("calls", "Number", 0)]);

    private static async Task<IReadOnlyList<JournalEntry>> FailuresAsync(EngineHarness engine, string instanceId) =>
        (await engine.Stores.Journal.ListAsync(instanceId, 0, 1000)).Items
            .Where(e => e.ActivityId == "call" && e.EventType is JournalEventType.RetryScheduled or JournalEventType.Faulted)
            .ToList();
}

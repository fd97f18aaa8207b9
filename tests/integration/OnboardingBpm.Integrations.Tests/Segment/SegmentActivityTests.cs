using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Integrations.Tests.Segment;

public sealed class SegmentActivityTests
{
    private const string Definition = """
        {
          "definitionId": "segment-track", "name": "Segment track",
          "variables": [{ "name": "plan", "type": "String", "default": "enterprise" }],
          "root": { "type": "Flowchart",
            "activities": [
              { "id": "start", "type": "Start" },
              { "id": "identify", "type": "SegmentIdentify", "inputs": { "userId": "user-9", "traits": { "company": "Acme" } } },
              { "id": "track", "type": "SegmentTrack", "inputs": {
                  "userId": "user-9", "event": "Onboarding Started",
                  "properties": { "expression": { "type": "JavaScript", "value": "({ plan: variables.plan })" } } } }
            ],
            "connections": [
              { "source": { "activity": "start" }, "target": { "activity": "identify" } },
              { "source": { "activity": "identify" }, "target": { "activity": "track" } }
            ] }
        }
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task segment_track_in_a_workflow_carries_the_steps_idempotency_key_as_message_id()
    {
        await using var harness = await SegmentHarness.StartAsync();
        await harness.Services.GetRequiredService<DefinitionService>().PublishAsync(Definition, "test", Cancel);

        var instance = (await harness.Services.GetRequiredService<WorkflowRuntime>().StartAsync(new StartWorkflowRequest("segment-track"), Cancel)).Instance;

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var journal = (await harness.Services.GetRequiredService<WorkflowStores>().Journal.ListAsync(instance.Id, 0, 100, Cancel)).Items;
        var executions = journal.Where(e => e.EventType == JournalEventType.Completed).ToDictionary(e => e.ActivityId, e => e.ExecutionId);
        var events = harness.Segment.Events.Events;
        Assert.Equal(["identify", "track"], events.Select(e => e.Type));
        Assert.Equal($"{instance.Id}:{executions["identify"]}", events[0].MessageId);
        Assert.Equal("Acme", (string?)events[0].Traits?["company"]);
        Assert.Equal($"{instance.Id}:{executions["track"]}", events[1].MessageId);
        Assert.Equal(("user-9", "Onboarding Started", "enterprise"), (events[1].UserId, events[1].Event, (string?)events[1].Properties?["plan"]));
    }

    [Fact]
    public async Task a_rejected_track_raises_an_incident_at_once()
    {
        await using var harness = await SegmentHarness.StartAsync(writeKey: "revoked-key");
        await harness.Services.GetRequiredService<DefinitionService>().PublishAsync(Definition, "test", Cancel);

        var instance = (await harness.Services.GetRequiredService<WorkflowRuntime>().StartAsync(new StartWorkflowRequest("segment-track"), Cancel)).Instance;

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(await harness.Services.GetRequiredService<WorkflowStores>().Incidents.ListAsync(instance.Id, true, Cancel));
        Assert.Equal("identify", incident.ActivityId);
        Assert.Contains("invalid_write_key", incident.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Segment.Events.Events);
    }

    [Fact]
    public void the_segment_activities_are_in_the_palette()
    {
        var registry = new Workflows.Activities.ActivityRegistry().AddIntegrationActivities();

        Assert.Equal("Segment", registry.Find("SegmentTrack")?.Category);
        Assert.Equal("Segment", registry.Find("SegmentIdentify")?.Category);
        Assert.Equal(["event", "messageId", "properties", "userId"], registry.Find("SegmentTrack")!.Inputs.Select(i => i.Name).Order());
    }
}

using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Activities;

public sealed class CompositionTests
{
    [Fact(Timeout = 30_000)]
    public async Task run_workflow_brings_the_childs_declared_outputs_back_into_the_parent()
    {
        await using var engine = new EngineHarness();
        await engine.PublishFileAsync("Activities/composition-child.json");
        await engine.PublishAsync(Parent("score-child"));

        var parent = await engine.StartAsync("parent", new JsonObject { ["base"] = 21 });

        var reloaded = await engine.InstanceAsync(parent.Id);
        Assert.Equal(WorkflowStatus.Finished, reloaded.Status);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["score"] = 42, ["grade"] = "A" }, reloaded.Variables["childResult"]), reloaded.Variables["childResult"]?.ToJsonString());
        Assert.Equal(["start", "run", "after"], await engine.CompletedActivitiesAsync(parent.Id));
    }

    [Fact(Timeout = 30_000)]
    public async Task a_start_whose_child_finishes_at_once_returns_the_parent_as_it_ended()
    {
        await using var engine = new EngineHarness();
        await engine.PublishFileAsync("Activities/composition-child.json");
        await engine.PublishAsync(Parent("score-child"));

        var parent = await engine.StartAsync("parent", new JsonObject { ["base"] = 21 });

        Assert.Equal(WorkflowStatus.Finished, parent.Status);
        Assert.Empty(parent.Bookmarks);
    }

    [Fact(Timeout = 30_000)]
    public async Task the_parent_waits_until_a_waiting_child_finishes()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(ApprovalChild());
        await engine.PublishAsync(Parent("approval-child"));

        var parent = await engine.StartAsync("parent", new JsonObject { ["base"] = 1 });

        Assert.Equal(WorkflowStatus.Suspended, parent.Status);
        var childId = Assert.Single(parent.Bookmarks, b => b.Type == BookmarkTypes.RunWorkflow).CorrelationKey!;
        var child = await engine.InstanceAsync(childId);
        Assert.Equal((WorkflowStatus.Suspended, parent.Id), (child.Status, child.ParentInstanceId));

        await engine.Runtime.PublishEventAsync("approval.given", null, new JsonObject { ["by"] = "dana" });

        Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(childId)).Status);
        var resumed = await engine.InstanceAsync(parent.Id);
        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Equal("dana", resumed.Variables["childResult"]!["approval"]!["by"]!.GetValue<string>());
    }

    [Fact(Timeout = 30_000)]
    public async Task a_cancelled_child_sends_the_parent_along_its_cancelled_port()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(ApprovalChild());
        await engine.PublishAsync(Parent("approval-child"));
        var parent = await engine.StartAsync("parent", new JsonObject { ["base"] = 1 });
        var childId = Assert.Single(parent.Bookmarks, b => b.Type == BookmarkTypes.RunWorkflow).CorrelationKey!;

        await engine.Runtime.CancelAsync(childId);

        var resumed = await engine.InstanceAsync(parent.Id);
        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Equal(["start", "run", "cancelled"], await engine.CompletedActivitiesAsync(parent.Id));
    }

    [Fact(Timeout = 30_000)]
    public async Task a_missing_child_definition_gives_the_parent_an_incident()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Parent("no-such-workflow"));

        await engine.StartAsync("parent", new JsonObject { ["base"] = 1 });

        var parent = Assert.Single((await engine.Stores.Instances.ListAsync(new() { DefinitionId = "parent" })).Items);
        Assert.Equal(WorkflowStatus.Faulted, parent.Status);
        var incident = Assert.Single(await engine.Stores.Incidents.ListAsync(parent.Id, openOnly: true));
        Assert.Equal("run", incident.ActivityId);
        Assert.Contains("no-such-workflow", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task dispatch_workflow_starts_the_other_workflow_and_goes_on_without_waiting()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(ApprovalChild());
        await engine.PublishAsync(Flow("dispatcher",
            [
                Activity("start", "Start"),
                Activity("dispatch", "DispatchWorkflow", new() { ["workflowDefinitionId"] = "approval-child", ["input"] = Js("({ base: 7 })") }).WithOutput("InstanceId", "childId"),
                Activity("after", "Log", new() { ["message"] = "dispatched" }),
            ],
            [Connect("start", "dispatch"), Connect("dispatch", "after")],
            [Variable("childId", "String")]));

        var dispatcher = await engine.StartAsync("dispatcher", correlationId: "D-1");

        Assert.Equal(WorkflowStatus.Finished, dispatcher.Status);
        Assert.Equal(["start", "dispatch", "after"], await engine.CompletedActivitiesAsync(dispatcher.Id));
        var child = await engine.InstanceAsync(dispatcher.Variables["childId"]!.GetValue<string>());
        Assert.Equal(WorkflowStatus.Suspended, child.Status);
        Assert.Equal(7, child.Input["base"]!.GetValue<double>());
        Assert.Equal("D-1", child.CorrelationId);
        Assert.Null(child.ParentInstanceId);
    }

    [Fact]
    public async Task a_dispatched_workflow_can_be_given_its_own_correlation_id()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(ApprovalChild());
        await engine.PublishAsync(Flow("dispatcher",
            [
                Activity("start", "Start"),
                Activity("dispatch", "DispatchWorkflow", new() { ["workflowDefinitionId"] = "approval-child", ["input"] = Js("({ base: 1 })"), ["correlationId"] = Js("'case-' + input.caseNumber") })
                    .WithOutput("InstanceId", "childId"),
            ],
            [Connect("start", "dispatch")],
            [Variable("childId", "String")]));

        var dispatcher = await engine.StartAsync("dispatcher", new JsonObject { ["caseNumber"] = 42 }, correlationId: "request-9");

        var child = await engine.InstanceAsync(dispatcher.Variables["childId"]!.GetValue<string>());
        Assert.Equal("case-42", child.CorrelationId);
        Assert.Equal("request-9", dispatcher.CorrelationId);
    }

    private static string Parent(string childDefinitionId) => Flow("parent",
        [
            Activity("start", "Start"),
            Activity("run", "RunWorkflow", new() { ["workflowDefinitionId"] = childDefinitionId, ["input"] = Js("({ base: input.base })") }).WithOutput("Output", "childResult"),
            Activity("after", "Log", new() { ["message"] = "child done" }),
            Activity("cancelled", "Log", new() { ["message"] = "child cancelled" }),
        ],
        [Connect("start", "run"), Connect("run", "after"), Connect("run", "cancelled", "Cancelled")],
        [Variable("childResult", "Object")]);

    private static string ApprovalChild() => new JsonObject
    {
        ["definitionId"] = "approval-child",
        ["name"] = "Approval child",
        ["outputs"] = new JsonArray(new JsonObject { ["name"] = "approval", ["type"] = "Object" }),
        ["variables"] = new JsonArray(Variable("approval", "Object")),
        ["root"] = new JsonObject
        {
            ["type"] = "Flowchart",
            ["activities"] = new JsonArray(
                Activity("start", "Start"),
                Activity("wait", "Event", new() { ["eventName"] = "approval.given" }).WithOutput("Payload", "approval")),
            ["connections"] = new JsonArray(Connect("start", "wait")),
        },
    }.ToJsonString();
}

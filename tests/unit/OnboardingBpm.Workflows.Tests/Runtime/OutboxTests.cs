using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Runtime;

public sealed class OutboxTests
{
    [Fact]
    public async Task a_dispatch_that_fails_stays_pending_and_the_scheduler_sends_it_once_its_lease_ends()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Dispatcher());
        var dispatcher = await engine.StartAsync("dispatcher");
        var childId = dispatcher.Variables["childId"]!.GetValue<string>();
        Assert.Equal(WorkflowStatus.Finished, dispatcher.Status);
        Assert.Null(await engine.Stores.Instances.FindAsync(childId));

        await engine.PublishAsync(Flow("later", [Activity("start", "Start"), Activity("wait", "Event", new() { ["eventName"] = "never" })], [Connect("start", "wait")]));
        await engine.AdvanceAsync(TimeSpan.FromSeconds(30));
        Assert.Null(await engine.Stores.Instances.FindAsync(childId));

        await engine.AdvanceAsync(TimeSpan.FromSeconds(31));

        var child = await engine.Stores.Instances.FindAsync(childId);
        Assert.NotNull(child);
        Assert.Equal("later", child.DefinitionId);
        Assert.Equal("yes", child.Input["retried"]!.GetValue<string>());
        Assert.Empty(await engine.Stores.Outbox.ListPendingAsync(engine.Clock.GetUtcNow() + TimeSpan.FromHours(1), 10));
        await engine.AdvanceAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(1, (await engine.Stores.Instances.ListAsync(new InstanceFilter { DefinitionId = "later" })).Total);
    }

    [Fact]
    public async Task a_start_with_a_fixed_instance_id_is_idempotent()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("once", [Activity("start", "Start"), Activity("wait", "Event", new() { ["eventName"] = "never" })], [Connect("start", "wait")]));

        var first = await engine.Runtime.StartAsync(new StartWorkflowRequest("once") { InstanceId = "fixed-1", Input = new JsonObject { ["n"] = 1 } });
        var second = await engine.Runtime.StartAsync(new StartWorkflowRequest("once") { InstanceId = "fixed-1", Input = new JsonObject { ["n"] = 2 } });

        Assert.Equal("fixed-1", second.Instance.Id);
        Assert.Equal(1, second.Instance.Input["n"]!.GetValue<double>());
        Assert.Equal(first.Instance.Revision, second.Instance.Revision);
        Assert.Equal(1, (await engine.Stores.Instances.ListAsync(new InstanceFilter { DefinitionId = "once" })).Total);
    }

    [Fact]
    public async Task a_published_event_starts_workflows_with_a_matching_event_trigger()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("announce",
            [Activity("start", "Start"), Activity("publish", "PublishEvent", new() { ["eventName"] = "customer.signed", ["correlationKey"] = "C-1", ["payload"] = new JsonObject { ["plan"] = "Pro" } })],
            [Connect("start", "publish")]));
        await engine.PublishAsync(Flow("welcome",
            [Activity("signed", "Event", new() { ["eventName"] = "customer.signed" }).WithOutput("Payload", "signup")],
            [],
            [Variable("signup", "Object")]));

        await engine.StartAsync("announce");

        var welcome = Assert.Single((await engine.Stores.Instances.ListAsync(new InstanceFilter { DefinitionId = "welcome" })).Items);
        Assert.Equal("C-1", welcome.CorrelationId);
        Assert.Equal("Pro", (await engine.InstanceAsync(welcome.Id)).Variables["signup"]!["plan"]!.GetValue<string>());
    }

    private static string Dispatcher() => Flow("dispatcher",
        [
            Activity("start", "Start"),
            Activity("dispatch", "DispatchWorkflow", new() { ["workflowDefinitionId"] = "later", ["input"] = new JsonObject { ["retried"] = "yes" } }).WithOutput("InstanceId", "childId"),
        ],
        [Connect("start", "dispatch")],
        [Variable("childId", "String")]);
}

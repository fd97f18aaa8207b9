using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Activities;

public sealed class EventTests
{
    [Fact]
    public async Task an_event_resumes_only_with_the_matching_correlation_key()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(WaitForPayment());
        var instance = await engine.StartAsync("wait-payment", new JsonObject { ["orderId"] = "O-1" });

        var other = await engine.Runtime.PublishEventAsync("order.paid", "O-2", new JsonObject { ["amount"] = 5 });
        var unrelated = await engine.Runtime.PublishEventAsync("order.shipped", "O-1", null);

        Assert.Empty(other.ResumedInstanceIds);
        Assert.Empty(unrelated.ResumedInstanceIds);
        Assert.Equal(WorkflowStatus.Suspended, (await engine.InstanceAsync(instance.Id)).Status);

        var matching = await engine.Runtime.PublishEventAsync("order.paid", "O-1", new JsonObject { ["amount"] = 40 });

        Assert.Equal([instance.Id], matching.ResumedInstanceIds);
        var resumed = await engine.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Equal(40, resumed.Variables["payment"]!["amount"]!.GetValue<double>());
    }

    [Fact]
    public async Task an_event_without_a_correlation_key_is_resumed_by_any_event_of_that_name()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("any",
            [Activity("start", "Start"), Activity("wait", "Event", new() { ["eventName"] = "config.changed" })],
            [Connect("start", "wait")]));
        var instance = await engine.StartAsync("any");

        var result = await engine.Runtime.PublishEventAsync("config.changed", "whatever", null);

        Assert.Equal([instance.Id], result.ResumedInstanceIds);
        Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task an_event_trigger_starts_the_workflow_with_the_payload_and_correlation_key()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("on-case-opened",
            [
                Activity("opened", "Event", new() { ["eventName"] = "case.opened" }).WithOutput("Payload", "caseData"),
                Activity("log", "Log", new() { ["message"] = Template("Case {{variables.caseData.caseId}} opened") }),
            ],
            [Connect("opened", "log")],
            [Variable("caseData", "Object")]));

        var result = await engine.Runtime.PublishEventAsync("case.opened", "C-9", new JsonObject { ["caseId"] = "C-9" });

        var startedId = Assert.Single(result.StartedInstanceIds);
        var started = await engine.InstanceAsync(startedId);
        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.Equal("C-9", started.CorrelationId);
        Assert.Equal("C-9", started.Variables["caseData"]!["caseId"]!.GetValue<string>());
        Assert.Equal(["opened", "log"], await engine.CompletedActivitiesAsync(startedId));
    }

    [Fact]
    public async Task publish_event_in_one_workflow_resumes_another_through_the_outbox()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(WaitForPayment());
        await engine.PublishAsync(Flow("pay",
            [
                Activity("start", "Start"),
                Activity("publish", "PublishEvent", new() { ["eventName"] = "order.paid", ["correlationKey"] = Js("input.orderId"), ["payload"] = Js("({ amount: input.amount })") }),
            ],
            [Connect("start", "publish")]));
        var waiter = await engine.StartAsync("wait-payment", new JsonObject { ["orderId"] = "O-3" });

        var payer = await engine.StartAsync("pay", new JsonObject { ["orderId"] = "O-3", ["amount"] = 99 });

        Assert.Equal(WorkflowStatus.Finished, payer.Status);
        var resumed = await engine.InstanceAsync(waiter.Id);
        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Equal(99, resumed.Variables["payment"]!["amount"]!.GetValue<double>());
        Assert.Empty(await engine.Stores.Outbox.ListPendingAsync(engine.Clock.GetUtcNow(), 10));
    }

    private static string WaitForPayment() => Flow("wait-payment",
        [
            Activity("start", "Start"),
            Activity("paid", "Event", new() { ["eventName"] = "order.paid", ["correlationKey"] = Js("input.orderId") }).WithOutput("Payload", "payment"),
        ],
        [Connect("start", "paid")],
        [Variable("payment", "Object")]);
}

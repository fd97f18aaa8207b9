using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Integrations.Tests.Support;
using OnboardingBpm.Simulators.Hosting;
using OnboardingBpm.Workflows;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Integrations.Tests.DurableRetries;

/// <summary>
/// The specification's "3 retries at 5-minute intervals" as durable timer bookmarks, then an incident and an
/// alert mailed to Platform Engineering.
/// </summary>
public sealed class DurableRetryTests : IAsyncLifetime
{
    private const string Flow = """
        {"definitionId": "echo-read", "name": "Echo read",
         "root": {"activities": [
           {"id": "start", "type": "Start"},
           {"id": "read", "type": "EchoRead", "inputs": {"itemId": "42"}},
           {"id": "end", "type": "Finish"}],
          "connections": [
           {"source": {"activity": "start"}, "target": {"activity": "read"}},
           {"source": {"activity": "read"}, "target": {"activity": "end"}}]}}
        """;

    private readonly FakeTimeProvider clock = new(controlsTimers: true);
    private RunningSimulator simulator = null!;
    private ServiceProvider services = null!;

    private WorkflowRuntime Runtime => services.GetRequiredService<WorkflowRuntime>();

    public async ValueTask InitializeAsync()
    {
        simulator = await SimulatorHost.StartAsync(new EchoSimulator(), new SimulatorHostOptions { Time = clock }, TestContext.Current.CancellationToken);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddWorkflowEngine(registry => registry.Register<EchoRead>());
        collection.AddIntegrations(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Integrations:Alerts:PlatformEngineeringEmail"] = "pe@example.com",
        }).Build());
        collection.AddKeyedSingleton("echo", EchoClient.Create(simulator.BaseAddress, EchoClient.FastRetries(), clock));
        services = collection.BuildServiceProvider();
        await services.GetRequiredService<DefinitionService>().PublishAsync(Flow, "test");
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await simulator.DisposeAsync();
    }

    [Fact]
    public async Task a_30_minute_outage_uses_three_retries_five_minutes_apart_then_raises_an_incident_and_mails_platform_engineering()
    {
        simulator.Faults.StartOutage(TimeSpan.FromMinutes(30));
        var started = clock.GetUtcNow();
        var instance = (await Runtime.StartAsync(new StartWorkflowRequest("echo-read"), TestContext.Current.CancellationToken)).Instance;

        for (var retry = 1; retry <= 3; retry++)
        {
            Assert.Empty(await Alerts());
            await PassAsync(TimeSpan.FromMinutes(5));
        }

        var stored = await services.GetRequiredService<WorkflowStores>().Instances.FindAsync(instance.Id, TestContext.Current.CancellationToken);
        var journal = await services.GetRequiredService<WorkflowStores>().Journal.ListAsync(instance.Id, 0, 100, TestContext.Current.CancellationToken);
        var attemptsAt = journal.Items.Where(e => e.ActivityId == "read" && e.EventType is JournalEventType.Faulted or JournalEventType.RetryScheduled).Select(e => e.StartedAt - started).ToList();
        var alert = Assert.Single(await Alerts());
        var mail = Assert.Single(await services.GetRequiredService<IMailOutbox>().ListAsync(new MailQuery(Recipient: "pe@example.com"), TestContext.Current.CancellationToken));

        Assert.Equal(WorkflowStatus.Faulted, stored!.Status);
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15)], attemptsAt);
        Assert.Equal(AlertKinds.IntegrationFailure, alert.Kind);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Contains("EchoRead failed 4 times", alert.Title);
        Assert.Contains("Echo: answered 503", mail.Message.TextBody);
    }

    [Fact]
    public async Task an_outage_shorter_than_the_retries_is_caught_up_without_an_incident()
    {
        simulator.Faults.StartOutage(TimeSpan.FromMinutes(12));
        var instance = (await Runtime.StartAsync(new StartWorkflowRequest("echo-read"), TestContext.Current.CancellationToken)).Instance;

        await PassAsync(TimeSpan.FromMinutes(5));
        await PassAsync(TimeSpan.FromMinutes(5));
        await PassAsync(TimeSpan.FromMinutes(5));

        var stored = await services.GetRequiredService<WorkflowStores>().Instances.FindAsync(instance.Id, TestContext.Current.CancellationToken);
        Assert.Equal(WorkflowStatus.Finished, stored!.Status);
        Assert.Empty(await Alerts());
    }

    [Fact]
    public async Task a_node_with_its_own_retry_policy_keeps_it()
    {
        await services.GetRequiredService<DefinitionService>().PublishAsync(Flow.Replace("\"inputs\": {\"itemId\": \"42\"}}", "\"inputs\": {\"itemId\": \"42\"}, \"retry\": {\"maxAttempts\": 1}}"), "test");
        simulator.Faults.StartOutage(TimeSpan.FromMinutes(30));

        var instance = (await Runtime.StartAsync(new StartWorkflowRequest("echo-read"), TestContext.Current.CancellationToken)).Instance;
        await Runtime.DispatchPendingAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Single(await Alerts());
    }

    private async Task PassAsync(TimeSpan time)
    {
        clock.Advance(time);
        await services.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);
        await Runtime.DispatchPendingAsync(cancellationToken: TestContext.Current.CancellationToken);
    }

    private Task<IReadOnlyList<Alert>> Alerts() =>
        services.GetRequiredService<IAlertStore>().ListAsync(new AlertQuery(AlertAudiences.PlatformEngineering), TestContext.Current.CancellationToken);
}

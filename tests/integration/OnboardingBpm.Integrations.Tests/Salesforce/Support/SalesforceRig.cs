using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Salesforce;
using OnboardingBpm.Simulators.Faults;
using OnboardingBpm.Simulators.Hosting;
using OnboardingBpm.Simulators.Salesforce;
using OnboardingBpm.Workflows;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Integrations.Tests.Salesforce.Support;

/// <summary>
/// The Salesforce simulator on a loopback port and the real client (with the engine and the integrations, as
/// a host wires them) pointed at it, both on one fake clock that owns the timers.
/// </summary>
internal sealed class SalesforceRig : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly HttpClient inspector;

    private SalesforceRig(RunningSimulator simulator, SalesforceSimulatorOptions vendor, ServiceProvider provider, FakeTimeProvider clock)
    {
        Simulator = simulator;
        Vendor = vendor;
        this.provider = provider;
        Clock = clock;
        inspector = new HttpClient { BaseAddress = simulator.BaseAddress };
    }

    public FakeTimeProvider Clock { get; }
    public RunningSimulator Simulator { get; }
    public SalesforceSimulatorOptions Vendor { get; }
    public FaultInjector Faults => Simulator.Faults;
    public IServiceProvider Services => provider;
    public SalesforceClient Client => provider.GetRequiredService<SalesforceClient>();
    public WorkflowRuntime Runtime => provider.GetRequiredService<WorkflowRuntime>();

    /// <param name="vendor">Changes to the simulated org.</param>
    /// <param name="settings">Changes to the client's <c>Integrations:Salesforce</c> settings (keys below that section).</param>
    /// <param name="services">Extra registrations made before the engine's, which then win (TryAdd keeps the first).</param>
    public static async Task<SalesforceRig> StartAsync(
        Action<SalesforceSimulatorOptions>? vendor = null,
        Action<Dictionary<string, string?>>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var clock = new FakeTimeProvider(controlsTimers: true);
        var org = new SalesforceSimulatorOptions();
        vendor?.Invoke(org);
        var simulator = await SimulatorHost.StartAsync(new SalesforceSimulator(org), new SimulatorHostOptions { Port = 0, Time = clock });

        var values = new Dictionary<string, string?>
        {
            ["BaseUrl"] = simulator.BaseAddress.ToString(),
            ["ClientId"] = org.ClientId,
            ["ClientSecret"] = org.ClientSecret,
            ["Resilience:RetryBaseDelay"] = "00:00:00",
        };
        settings?.Invoke(values);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.ToDictionary(p => $"{SalesforceOptions.Section}:{p.Key}", p => p.Value))
            .Build();

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(clock);
        services?.Invoke(collection);
        collection.AddWorkflowEngine(registry => registry.AddIntegrationActivities());
        collection.AddIntegrations(configuration);
        return new SalesforceRig(simulator, org, collection.BuildServiceProvider(), clock);
    }

    /// <summary>Every case the simulated org holds, read through its inspection endpoint.</summary>
    public async Task<JsonArray> CasesAsync() =>
        await inspector.GetFromJsonAsync<JsonArray>("__sim/salesforce/cases", TestContext.Current.CancellationToken) ?? [];

    /// <summary>Requests the simulator received under a path (token requests are under /services/oauth2).</summary>
    public IReadOnlyList<RecordedRequest> Requests(string pathPrefix) =>
        Faults.Requests.Where(r => r.Path.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase)).ToList();

    public async Task PublishAsync(string json) =>
        await provider.GetRequiredService<DefinitionService>().PublishAsync(json, "test", TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        inspector.Dispose();
        await provider.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}

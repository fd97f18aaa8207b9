using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Okta;
using OnboardingBpm.Integrations.Resilience;
using OnboardingBpm.Simulators.Hosting;
using OnboardingBpm.Simulators.Okta;
using OnboardingBpm.Workflows;

namespace OnboardingBpm.Integrations.Tests.Okta;

/// <summary>
/// The Okta simulator on a free port and the real client pointed at it, sharing one fake clock that owns
/// the timers (retry waits and timeouts move only when a test advances it). The engine with the
/// integration activities is wired too, as a host wires it.
/// </summary>
internal sealed class OktaHarness : IAsyncDisposable
{
    public const string ServiceAppId = "0oa-onboardingbpm-service";

    private readonly ServiceProvider provider;
    private readonly RSA serviceKey;

    private OktaHarness(RunningSimulator simulator, FakeTimeProvider clock, RSA serviceKey, OktaAuthMode authMode, string clientKeyPem, Action<OktaOptions>? configure)
    {
        Simulator = simulator;
        Clock = clock;
        this.serviceKey = serviceKey;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddWorkflowEngine(r => r.AddIntegrationActivities());
        services.AddIntegrations(new ConfigurationBuilder().Build());
        services.Configure<OktaOptions>(o =>
        {
            o.BaseUrl = simulator.BaseAddress.ToString();
            o.AuthMode = authMode;
            o.ApiToken = OktaSimulatorOptions.DefaultApiToken;
            o.ClientId = ServiceAppId;
            o.PrivateKeyPem = clientKeyPem;
            o.Resilience = new ResilienceOptions { RetryBaseDelay = TimeSpan.Zero };
            configure?.Invoke(o);
        });
        provider = services.BuildServiceProvider();
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = simulator.BaseAddress };
    }

    public FakeTimeProvider Clock { get; }

    public RunningSimulator Simulator { get; }

    public IServiceProvider Services => provider;

    public OktaClient Client => provider.GetRequiredService<OktaClient>();

    /// <summary>A plain client for the simulator's own endpoints (OIDC, inspection), redirects not followed.</summary>
    public HttpClient Http { get; }

    /// <summary>Starts the simulator; the client signs its assertions with <c>clientKeyPem</c>, by default the key registered with the simulator's service app.</summary>
    public static async Task<OktaHarness> StartAsync(OktaAuthMode authMode = OktaAuthMode.ApiToken, string? clientKeyPem = null, Action<OktaOptions>? configure = null)
    {
        var serviceKey = RSA.Create(2048);
        var clock = new FakeTimeProvider(controlsTimers: true);
        var options = new OktaSimulatorOptions { ServiceApps = [new OktaServiceApp(ServiceAppId, serviceKey.ExportSubjectPublicKeyInfoPem())] };
        var simulator = await SimulatorHost.StartAsync(new OktaSimulator(options), new SimulatorHostOptions { Time = clock });
        return new OktaHarness(simulator, clock, serviceKey, authMode, clientKeyPem ?? serviceKey.ExportPkcs8PrivateKeyPem(), configure);
    }

    /// <summary>The simulator's users as its inspection endpoint lists them (with their group names).</summary>
    public async Task<List<JsonObject>> SimulatedUsersAsync()
    {
        var users = JsonNode.Parse(await Http.GetStringAsync("/__sim/okta/users"))!.AsArray();
        return users.Select(u => u!.AsObject()).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await provider.DisposeAsync();
        await Simulator.DisposeAsync();
        serviceKey.Dispose();
    }
}

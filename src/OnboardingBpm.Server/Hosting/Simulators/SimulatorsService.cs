using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations;
using OnboardingBpm.Simulators.Hosting;
using OnboardingBpm.Simulators.Okta;
using OnboardingBpm.Simulators.Salesforce;
using OnboardingBpm.Simulators.Segment;

namespace OnboardingBpm.Server.Hosting.Simulators;

/// <summary>
/// Starts a loopback simulator for every vendor configured as Simulated (the embedded default), on the app's
/// clock, and stops them with the server; with <see cref="SimulatorPorts.External"/> it starts none and points
/// the clients at the simulators' own process. Modes are read from configuration, not from the client options,
/// whose post-configuration waits for these very simulators.
/// </summary>
internal sealed class SimulatorsService(
    IConfiguration configuration,
    IOptions<SimulatorPorts> ports,
    SimulatorDirectory directory,
    TimeProvider time,
    ILogger<SimulatorsService> logger) : IHostedService
{
    private readonly List<RunningSimulator> started = [];

    public static bool IsSimulated(IConfiguration configuration, string vendor) =>
        configuration.GetValue($"{IntegrationsSections.Root}:{vendor}:Mode", IntegrationMode.Simulated) == IntegrationMode.Simulated;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await StartAsync("Salesforce", () => new SalesforceSimulator(), ports.Value.Salesforce, cancellationToken);
        await StartAsync("Okta", () => new OktaSimulator(OktaOrg()), ports.Value.Okta, cancellationToken);
        await StartAsync("Segment", () => new SegmentSimulator(), ports.Value.Segment, cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var simulator in started)
        {
            await simulator.DisposeAsync();
        }
    }

    /// <summary>The browser app's redirect URIs follow the server's address when it is not the README's 5080 (tests pick a port).</summary>
    private OktaSimulatorOptions OktaOrg()
    {
        var org = new OktaSimulatorOptions();
        if (ports.Value.SpaRedirectUris is { Count: > 0 } uris)
        {
            org.SpaRedirectUris = uris;
        }

        return org;
    }

    private async Task StartAsync(string vendor, Func<ISimulator> create, int port, CancellationToken cancellationToken)
    {
        if (!IsSimulated(configuration, vendor))
        {
            return;
        }

        if (ports.Value.External)
        {
            Locate(vendor, port);
            return;
        }

        var simulator = create();
        try
        {
            var running = await SimulatorHost.StartAsync(simulator, new SimulatorHostOptions { Port = port, Time = time }, cancellationToken);
            started.Add(running);
            directory.Started(running);
            logger.LogInformation("{Vendor} simulator listening on {Address} (Integrations:{Vendor}:Mode is Simulated)", vendor, running.BaseAddress, vendor);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            directory.Failed(simulator.Name, ex);
            throw new InvalidOperationException($"The {vendor} simulator could not listen on 127.0.0.1:{port}; set {SimulatorPorts.Section}:{vendor} to a free port (0 picks one).", ex);
        }
    }

    private void Locate(string vendor, int port)
    {
        var name = vendor.ToLowerInvariant();
        if (port <= 0)
        {
            var error = new InvalidOperationException($"{SimulatorPorts.Section}:External is true, so {SimulatorPorts.Section}:{vendor} must name the port the simulators' process listens on (not 0).");
            directory.Failed(name, error);
            throw error;
        }

        if (Uri.CheckHostName(ports.Value.Host) == UriHostNameType.Unknown)
        {
            var error = new InvalidOperationException($"{SimulatorPorts.Section}:Host ('{ports.Value.Host}') must be a host name or an IP address.");
            directory.Failed(name, error);
            throw error;
        }

        var address = new UriBuilder(Uri.UriSchemeHttp, ports.Value.Host, port).Uri;
        directory.Located(name, address);
        logger.LogInformation("{Vendor} simulator expected at {Address}, in its own process (Integrations:Simulators:External)", vendor, address);
    }
}

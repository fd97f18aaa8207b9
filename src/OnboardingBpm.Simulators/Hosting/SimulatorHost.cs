using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OnboardingBpm.Simulators.Faults;

namespace OnboardingBpm.Simulators.Hosting;

/// <summary>
/// Starts one vendor simulator as its own Kestrel server (on 127.0.0.1 unless told otherwise), so the real HTTP
/// clients talk to it exactly as they would to the vendor: their own base address, their own connection pool.
/// </summary>
public static class SimulatorHost
{
    public static async Task<RunningSimulator> StartAsync(ISimulator simulator, SimulatorHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorHostOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SimulatorHost).Assembly.GetName().Name });
        builder.WebHost.UseKestrel(k => k.Listen(options.Address, options.Port));
        builder.Logging.ClearProviders();
        if (options.Logging is { } logging)
        {
            builder.Logging.AddProvider(logging);
        }

        var faults = new FaultInjector(options.Time, simulator.Faults);
        builder.Services.AddSingleton(new SimulatorClock(options.Time));
        builder.Services.AddSingleton(faults);
        simulator.ConfigureServices(builder.Services);

        var app = builder.Build();
        app.UseMiddleware<FaultInjectionMiddleware>();
        app.MapFaultControl(simulator);
        simulator.Map(app);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningSimulator(simulator.Name, new Uri(address.TrimEnd('/') + "/"), app, faults);
    }
}

public sealed class SimulatorHostOptions
{
    /// <summary>0 picks a free port (tests); a fixed port suits a standalone simulator.</summary>
    public int Port { get; init; }

    /// <summary>
    /// Loopback by default: the simulators are development stand-ins. A container needs <see cref="IPAddress.Any"/>,
    /// so that the server nodes reach them over the container network.
    /// </summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>The simulator's clock: tests pass a fake one so latency, outages and token expiry need no waiting.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public ILoggerProvider? Logging { get; init; }
}

/// <summary>A started simulator: where it listens and how to break it.</summary>
public sealed class RunningSimulator(string name, Uri baseAddress, WebApplication app, FaultInjector faults) : IAsyncDisposable
{
    public string Name { get; } = name;

    /// <summary>The root address, ending in a slash (<c>http://127.0.0.1:43121/</c>).</summary>
    public Uri BaseAddress { get; } = baseAddress;

    public FaultInjector Faults { get; } = faults;

    public IServiceProvider Services => app.Services;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

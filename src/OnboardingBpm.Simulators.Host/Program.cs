using System.Net;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Configuration;
using OnboardingBpm.Simulators.Host;
using OnboardingBpm.Simulators.Hosting;
using OnboardingBpm.Simulators.Okta;
using OnboardingBpm.Simulators.Salesforce;
using OnboardingBpm.Simulators.Segment;

// Salesforce, Okta and Segment on 127.0.0.1 (or --Host) until SIGTERM or Ctrl+C. Each address goes to stdout as
// "{name} listening on {address}", then "ready": scripts and tests wait for that line.
var options = new ConfigurationBuilder().AddCommandLine(args).Build().Get<SimulatorsHostOptions>() ?? new SimulatorsHostOptions();
if (!IPAddress.TryParse(options.Host, out var listenAddress))
{
    await Console.Error.WriteLineAsync($"--Host must be an IP address to listen on (127.0.0.1, 0.0.0.0, ::), not '{options.Host}'.");
    return 2;
}

TimeProvider time = options.ClockFile is { Length: > 0 } clockFile ? new ClockFileTimeProvider(clockFile) : TimeProvider.System;
if (time is ClockFileTimeProvider shifted)
{
    Console.WriteLine($"warning: the clock is real time shifted by the offset in {shifted.FilePath} (tests only)");
}

var okta = new OktaSimulatorOptions();
if (options.SpaRedirectUris.Count > 0)
{
    okta.SpaRedirectUris = options.SpaRedirectUris;
}

var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);

var running = new List<RunningSimulator>();
try
{
    foreach (var (simulator, port) in new (ISimulator, int)[] { (new SalesforceSimulator(), options.Salesforce), (new OktaSimulator(okta), options.Okta), (new SegmentSimulator(), options.Segment) })
    {
        var started = await SimulatorHost.StartAsync(simulator, new SimulatorHostOptions { Port = port, Address = listenAddress, Time = time });
        running.Add(started);
        Console.WriteLine($"{started.Name} listening on {started.BaseAddress}");
    }

    Console.WriteLine("ready");
    await stop.Task;
}
finally
{
    foreach (var simulator in running)
    {
        await simulator.DisposeAsync();
    }
}

return 0;

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.TrySetResult();
}

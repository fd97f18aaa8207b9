using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using OsProcess = System.Diagnostics.Process;

namespace OnboardingBpm.Process.Tests.Support;

/// <summary>
/// The standalone simulators (OnboardingBpm.Simulators.Host.dll from its own build output) as a child process on
/// free loopback ports, on the test's clock: one Salesforce, Okta and Segment for every server node of a test.
/// </summary>
public sealed class SimulatorProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly OsProcess process;
    private readonly ServerLog log;

    private SimulatorProcess(OsProcess process, ServerLog log, IReadOnlyDictionary<string, Uri> addresses)
    {
        this.process = process;
        this.log = log;
        Salesforce = addresses["salesforce"];
        Okta = addresses["okta"];
        Segment = addresses["segment"];
    }

    public Uri Salesforce { get; }

    public Uri Okta { get; }

    public Uri Segment { get; }

    /// <summary>Starts the simulators and returns once they printed "ready" with their addresses; <paramref name="arguments"/> go on their command line too.</summary>
    public static async Task<SimulatorProcess> StartAsync(string workFolder, string clockFile, CancellationToken cancellationToken, params IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = workFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { HostAssembly, "--Salesforce", "0", "--Okta", "0", "--Segment", "0", "--ClockFile", clockFile }.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        var log = new ServerLog("simulators", Path.Combine(workFolder, $"simulators-{DateTime.UtcNow:HHmmss.fff}.log"));
        var addresses = new ConcurrentDictionary<string, Uri>();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new OsProcess { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            log.Append(e.Data);
            if (e.Data?.Split(" listening on ") is [var name, var address])
            {
                addresses[name] = new Uri(address);
            }
            else if (e.Data == "ready")
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => log.Append(e.Data);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"the simulators exited with code {process.ExitCode}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await ready.Task.WaitAsync(StartTimeout, cancellationToken);
        }
        catch (Exception ex)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            var tail = log.Tail();
            log.Dispose();
            process.Dispose();
            throw new InvalidOperationException($"The simulators did not start: {ex.Message}\n{tail}", ex);
        }

        return new SimulatorProcess(process, log, addresses);
    }

    public string Tail() => log.Tail();

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        log.Dispose();
        process.Dispose();
    }

    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static string HostAssembly
    {
        get
        {
            var path = typeof(SimulatorProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SimulatorsHostAssembly").Value!;
            return File.Exists(path) ? path : throw new FileNotFoundException($"The simulators' host is not built at {path}; build this test project, which builds it.", path);
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using OsProcess = System.Diagnostics.Process;

namespace OnboardingBpm.Process.Tests.Support;

/// <summary>
/// What a server process is started with: its database, its definitions and where it writes its log; any further
/// configuration as environment variables (<c>Section__Key</c>), applied after the defaults below so it overrides
/// them; and a fixed port (0: a free one).
/// </summary>
public sealed record ServerSettings(string Name, Database Database, string WorkflowsFolder, string WorkFolder, IReadOnlyDictionary<string, string>? Environment = null, int Port = 0);

/// <summary>
/// The real server (OnboardingBpm.Server.dll from its own build output) as a child process on a free
/// loopback port, configured through environment variables. Its stdout and stderr go to a log file.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    // Every server of a test run shares the keys, as the nodes of one deployment must.
    private static readonly string EncryptionKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private static readonly string BlindIndexKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);

    private readonly OsProcess process;
    private readonly ServerLog log;

    private ServerProcess(string name, OsProcess process, ServerLog log, Uri address)
    {
        Name = name;
        Address = address;
        this.process = process;
        this.log = log;
        Api = new EngineClient(new HttpClient(new DevelopmentToken(address)) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) });
    }

    public string Name { get; }

    /// <summary>Where the server listens (http://127.0.0.1:port).</summary>
    public Uri Address { get; }

    public EngineClient Api { get; }

    public bool HasExited => process.HasExited;

    /// <summary>Starts the server and returns once <c>/health</c> answers 200 (schema migrated, definitions imported, scheduler running).</summary>
    public static async Task<ServerProcess> StartAsync(ServerSettings settings, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{(settings.Port > 0 ? settings.Port : FreePort())}");
        var info = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = settings.WorkFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ServerAssembly);
        info.Environment["Urls"] = address.ToString().TrimEnd('/');
        info.Environment["Persistence__Provider"] = settings.Database.Provider;
        info.Environment["Persistence__ConnectionString"] = settings.Database.ConnectionString;
        info.Environment["Workflows__Directory"] = settings.WorkflowsFolder;
        info.Environment["Integrations__Simulators__Salesforce"] = "0";
        info.Environment["Privacy__ActiveKeyId"] = "test";
        info.Environment["Privacy__Keys__0__Id"] = "test";
        info.Environment["Privacy__Keys__0__Key"] = EncryptionKey;
        info.Environment["Privacy__BlindIndexKey"] = BlindIndexKey;
        info.Environment["Integrations__Simulators__Okta"] = "0";
        info.Environment["Integrations__Simulators__Segment"] = "0";
        info.Environment["Workflows__SchedulerInterval"] = "00:00:00.200";

        // The shared appsettings.json logs every SQL command at Information: a log of thousands of lines a
        // second would slow the server down and bury what a failing test needs.
        info.Environment["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning";
        foreach (var (key, value) in settings.Environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var log = new ServerLog(settings.Name, Path.Combine(settings.WorkFolder, $"{settings.Name}-{DateTime.UtcNow:HHmmss.fff}.log"));
        var process = new OsProcess { StartInfo = info };
        process.OutputDataReceived += (_, e) => log.Append(e.Data);
        process.ErrorDataReceived += (_, e) => log.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(settings.Name, process, log, address);
        try
        {
            await Eventually.WaitUntilAsync($"{settings.Name} to answer /health", async () =>
                process.HasExited
                    ? throw new InvalidOperationException($"{settings.Name} exited with code {process.ExitCode}")
                    : await server.Api.IsHealthyAsync(cancellationToken), StartTimeout, cancellationToken);
        }
        catch (Exception ex)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"{settings.Name} did not start: {ex.Message}\n{server.Tail()}", ex);
        }

        return server;
    }

    /// <summary>kill -9: no shutdown code runs, whatever was in flight is cut off.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await WaitForExitAsync();
    }

    /// <summary>A clean stop (SIGTERM, as a service manager sends it); returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (OperatingSystem.IsWindows() || SendSignal(process.Id, SigTerm) != 0)
        {
            throw new PlatformNotSupportedException($"Could not send SIGTERM to {Name} (pid {process.Id}).");
        }

        await WaitForExitAsync();
        return process.ExitCode;
    }

    /// <summary>The last lines the server wrote, for a failing test's output.</summary>
    public string Tail(int lines = 40) => log.Tail(lines);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await WaitForExitAsync();
        }

        Api.Dispose();
        log.Dispose();
        process.Dispose();
    }

    private async Task WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(ExitTimeout);
        await process.WaitForExitAsync(timeout.Token);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet host the tests run under (set by the dotnet CLI), so the server runs on the same runtime.</summary>
    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>The definitions under workflows/ that the server's build copies next to it: the real processes.</summary>
    public static string BundledWorkflowsFolder => Path.Combine(Path.GetDirectoryName(ServerAssembly)!, "workflows");

    /// <summary>The server built in the same configuration as these tests; the csproj records its path.</summary>
    private static string ServerAssembly
    {
        get
        {
            var path = typeof(ServerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ServerAssembly").Value!;
            return File.Exists(path) ? path : throw new FileNotFoundException($"The server is not built at {path}; build the solution (or this test project, which builds it) first.", path);
        }
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}

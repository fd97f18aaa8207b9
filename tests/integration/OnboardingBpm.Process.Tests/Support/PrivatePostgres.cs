using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using OsProcess = System.Diagnostics.Process;

namespace OnboardingBpm.Process.Tests.Support;

/// <summary>
/// A PostgreSQL server of the test's own: Debian's binaries, initdb into a temporary folder, a free loopback port,
/// trust authentication (loopback only, thrown away after). A test may restart it without disturbing the shared
/// server that the other test projects use at the same time. As root the server runs as the postgres user.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);
    private readonly string bin;
    private readonly string folder;
    private readonly bool asPostgresUser;

    private PrivatePostgres(string bin, string folder, bool asPostgresUser, int port)
    {
        this.bin = bin;
        this.folder = folder;
        this.asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    private string Data => Path.Combine(folder, "data");

    /// <summary>Why this machine cannot run one (no PostgreSQL binaries, no postgres user for root), or null.</summary>
    public static string? Unavailable =>
        Binaries is null ? "PostgreSQL's initdb and pg_ctl are not installed under /usr/lib/postgresql (scripts/install-test-prerequisites.sh installs them)"
        : Environment.UserName == "root" && !File.ReadLines("/etc/passwd").Any(l => l.StartsWith("postgres:", StringComparison.Ordinal)) ? "running as root, and there is no postgres user to run PostgreSQL as"
        : null;

    public static async Task<PrivatePostgres> StartAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "onboardingbpm-process-tests", "postgres-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var root = Environment.UserName == "root";
        var server = new PrivatePostgres(Binaries ?? throw new InvalidOperationException(Unavailable), folder, root, FreePort());
        if (root)
        {
            await RunAsync("chown", ["postgres:postgres", folder], cancellationToken);
        }

        await server.PgAsync("initdb", ["-D", server.Data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"], cancellationToken);
        var options = $"-p {server.Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={server.Data}";
        await server.PgAsync("pg_ctl", ["-D", server.Data, "-l", Path.Combine(folder, "postgres.log"), "-o", options, "-w", "-t", "60", "start"], cancellationToken);
        return server;
    }

    /// <summary>A new database on this server, as the server nodes name it.</summary>
    public async Task<Database> NewDatabaseAsync(CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Timeout = 5 };
        await using (var connection = new NpgsqlConnection(builder.ToString()))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand("CREATE DATABASE onboardingbpm", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        builder.Database = "onboardingbpm";
        builder.MaxPoolSize = 10;
        return new Database("PostgreSql", builder.ToString());
    }

    /// <summary>What <c>pg_ctlcluster … restart</c> does: a fast shutdown (open sessions are cut) and a start; returns once it accepts connections.</summary>
    public Task RestartAsync(CancellationToken cancellationToken) =>
        PgAsync("pg_ctl", ["-D", Data, "-m", "fast", "-w", "-t", "60", "restart"], cancellationToken);

    /// <summary>Stops the server; its folder (data and log) is deleted unless the test failed.</summary>
    public async ValueTask DisposeAsync()
    {
        await PgAsync("pg_ctl", ["-D", Data, "-m", "immediate", "-w", "stop"], CancellationToken.None);
        if (TestContext.Current.TestState?.Result is TestResult.Passed)
        {
            Directory.Delete(folder, recursive: true);
        }
        else
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"kept for a closer look: PostgreSQL's data and log in {folder}");
        }
    }

    private static string? Binaries =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault()
            : null;

    private Task PgAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        asPostgresUser
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, tool), .. arguments], cancellationToken)
            : RunAsync(Path.Combine(bin, tool), arguments, cancellationToken);

    private static async Task RunAsync(string command, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = OsProcess.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} {string.Join(' ', arguments)} did not finish within {CommandTimeout.TotalSeconds} s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await errors}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

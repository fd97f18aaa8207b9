using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OnboardingBpm.Integrations.Tests.Email;

/// <summary>
/// A real SMTP server for the tests: Debian's aiosmtpd, storing what it receives in a maildir. It is started
/// per test on a free port and killed on dispose. Missing aiosmtpd fails the test (never a silent skip):
/// scripts/install-test-prerequisites.sh installs it.
/// </summary>
internal sealed class SmtpServer : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly string root;

    private SmtpServer(Process process, string root, int port)
    {
        this.process = process;
        this.root = root;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The raw messages delivered so far (the maildir's new/ folder), oldest first.</summary>
    public IReadOnlyList<string> Messages()
    {
        var delivered = Path.Combine(root, "mailbox", "new");
        return Directory.Exists(delivered)
            ? Directory.GetFiles(delivered).Select(f => new FileInfo(f)).OrderBy(f => f.CreationTimeUtc).Select(f => File.ReadAllText(f.FullName)).ToList()
            : [];
    }

    public static async Task<SmtpServer> StartAsync()
    {
        EnsureInstalled();
        var root = Path.Combine(Path.GetTempPath(), $"onboardingbpm-smtp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var port = FreePort();
        var process = new Process
        {
            StartInfo = new ProcessStartInfo(Python)
            {
                // -d logs "Server is listening" once the socket is bound: the signal to wait for. The maildir must not exist yet.
                ArgumentList = { "-m", "aiosmtpd", "-n", "-d", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", Path.Combine(root, "mailbox") },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            },
            EnableRaisingEvents = true,
        };
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new List<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.Add(e.Data);
            }

            if (e.Data.Contains("Server is listening", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"aiosmtpd exited: {string.Join('\n', log)}"));
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var server = new SmtpServer(process, root, port);
        try
        {
            await listening.Task.WaitAsync(StartupLimit, TestContext.Current.CancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(root, recursive: true);
    }

    private static void EnsureInstalled()
    {
        using var check = Process.Start(new ProcessStartInfo(Python, ["-c", "import aiosmtpd"]) { RedirectStandardError = true, UseShellExecute = false })
            ?? throw new InvalidOperationException($"{Python} could not be started.");
        check.WaitForExit();
        if (check.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Python} cannot import aiosmtpd: run scripts/install-test-prerequisites.sh (Debian package python3-aiosmtpd).");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

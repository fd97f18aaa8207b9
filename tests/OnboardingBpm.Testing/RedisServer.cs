using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OnboardingBpm.Testing;

/// <summary>
/// A throwaway Debian redis-server on a free loopback port, without persistence, killed on dispose: the shared
/// cache's tests, the SignalR backplane's tests and the reliability tests' server nodes start one each.
/// scripts/install-test-prerequisites.sh installs the package.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process process;

    private RedisServer(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static Task<RedisServer> StartAsync(CancellationToken cancellationToken) => StartOnAsync(FreePort(), cancellationToken);

    /// <summary>On a given port: a Redis "coming back" after an outage, where its clients expect it.</summary>
    public static async Task<RedisServer> StartOnAsync(int port, CancellationToken cancellationToken)
    {
        const string binary = "/usr/bin/redis-server";
        if (!File.Exists(binary))
        {
            throw new InvalidOperationException($"{binary} is missing: run scripts/install-test-prerequisites.sh");
        }

        var info = new ProcessStartInfo(binary, $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(info)!;
        var server = new RedisServer(process, port);
        await server.WaitUntilListeningAsync(cancellationToken);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
                return;
            }
            catch (SocketException) when (!process.HasExited)
            {
                await Task.Delay(50, timeout.Token);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

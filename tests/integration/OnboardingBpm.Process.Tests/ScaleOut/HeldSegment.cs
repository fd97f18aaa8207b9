using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Process.Tests.ScaleOut;

/// <summary>
/// Segment's Tracking API as the servers see it in Real mode, on a loopback port: every call is held until the
/// test releases them, so a burst that calls Segment is in flight for exactly as long as the test wants. Each
/// call's messageId is recorded on arrival (a call cut off and sent again shows twice).
/// </summary>
internal sealed class HeldSegment : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> messageIds = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;

    private HeldSegment(int port)
    {
        Address = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Address.ToString());
        listener.Start();
        accepting = AcceptAsync();
    }

    public Uri Address { get; }

    /// <summary>The messageIds of the calls that arrived: while held, one per burst in flight.</summary>
    public IReadOnlyList<string> MessageIds => [.. messageIds];

    public static HeldSegment Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new HeldSegment(port);
    }

    /// <summary>Lets every held call and every later one through with 200.</summary>
    public void Release() => released.TrySetResult();

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream);
            var body = JsonNode.Parse(await reader.ReadToEndAsync());
            messageIds.Enqueue(body?["messageId"]?.GetValue<string>() ?? "(none)");
            await released.Task.WaitAsync(stopping.Token);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync("""{"success":true}"""u8.ToArray());
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The server cut the call off (its shutdown timeout passed), or the test is over.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Close();
        await accepting;
        stopping.Dispose();
    }
}

using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Testing;

/// <summary>
/// A minimal SignalR client over the JSON hub protocol (the .NET client does not restore here), on a WebSocket
/// already connected to <c>/hubs/notifications</c>: the handshake, then invocation messages as they arrive. Records
/// end with 0x1E. The in-memory test server and the real server processes only differ in how the socket is made.
/// </summary>
public sealed class HubProtocolClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly WebSocket socket;
    private readonly StringBuilder pending = new();

    private HubProtocolClient(WebSocket socket) => this.socket = socket;

    /// <summary>Completes the handshake on <paramref name="socket"/>; the client then owns it.</summary>
    public static async Task<HubProtocolClient> HandshakeAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var client = new HubProtocolClient(socket);
        await client.SendAsync("""{"protocol":"json","version":1}""", cancellationToken);
        var handshake = await client.ReceiveRecordAsync(cancellationToken);
        return handshake == "{}" ? client : throw new InvalidOperationException($"Handshake refused: {handshake}");
    }

    /// <summary>The next invocation of <paramref name="target"/>'s first argument, skipping pings and other targets.</summary>
    public async Task<JsonObject> NextAsync(string target, CancellationToken cancellationToken)
    {
        while (true)
        {
            var message = JsonNode.Parse(await ReceiveRecordAsync(cancellationToken))!.AsObject();
            if (message["type"]?.GetValue<int>() == 1 && message["target"]?.GetValue<string>() == target)
            {
                return message["arguments"]![0]!.AsObject();
            }
        }
    }

    /// <summary>Calls a hub method as a client may, and returns the server's error for the call (null when it ran).</summary>
    public async Task<string?> InvokeAsync(string target, CancellationToken cancellationToken)
    {
        var invocationId = Guid.NewGuid().ToString("N");
        var invocation = new JsonObject { ["type"] = 1, ["invocationId"] = invocationId, ["target"] = target, ["arguments"] = new JsonArray() };
        await SendAsync(invocation.ToJsonString(), cancellationToken);
        while (true)
        {
            var message = JsonNode.Parse(await ReceiveRecordAsync(cancellationToken))!.AsObject();
            if (message["type"]?.GetValue<int>() == 3 && message["invocationId"]?.GetValue<string>() == invocationId)
            {
                return message["error"]?.GetValue<string>();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }

        socket.Dispose();
    }

    private Task SendAsync(string json, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private async Task<string> ReceiveRecordAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        while (true)
        {
            var text = pending.ToString();
            var end = text.IndexOf(RecordSeparator, StringComparison.Ordinal);
            if (end >= 0)
            {
                pending.Remove(0, end + 1);
                return text[..end];
            }

            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("The hub closed the connection.");
            }

            pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
    }
}

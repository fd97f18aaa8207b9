using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Process.Tests.ScaleOut;

/// <summary>
/// A minimal SignalR client of one server process over the JSON hub protocol (the .NET client does not restore
/// here): a WebSocket to <c>/hubs/notifications</c> with the server's own development token, the handshake, then
/// invocation messages as they arrive. Records end with 0x1E.
/// </summary>
internal sealed class HubClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly ClientWebSocket socket;
    private readonly StringBuilder pending = new();

    private HubClient(ClientWebSocket socket) => this.socket = socket;

    /// <summary>Signs in at <paramref name="server"/> (each server's Okta simulator has its own signing key) and connects there.</summary>
    public static async Task<HubClient> ConnectAsync(Uri server, string user, CancellationToken cancellationToken)
    {
        using var anonymous = new HttpClient { BaseAddress = server };
        var token = await anonymous.GetStringAsync($"/dev/token?user={Uri.EscapeDataString(user)}", cancellationToken);
        var socket = new ClientWebSocket();
        var hub = new UriBuilder(server) { Scheme = "ws", Path = "/hubs/notifications", Query = $"access_token={Uri.EscapeDataString(token)}" }.Uri;
        await socket.ConnectAsync(hub, cancellationToken);
        var client = new HubClient(socket);
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

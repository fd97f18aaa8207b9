using System.Net.WebSockets;

namespace OnboardingBpm.Process.Tests.ScaleOut;

/// <summary>Connects a <see cref="HubProtocolClient"/> to one server process's <c>/hubs/notifications</c>.</summary>
internal static class HubClient
{
    /// <summary>Signs in at <paramref name="server"/> (each server's Okta simulator has its own signing key) and connects there.</summary>
    public static async Task<HubProtocolClient> ConnectAsync(Uri server, string user, CancellationToken cancellationToken)
    {
        using var anonymous = new HttpClient { BaseAddress = server };
        var token = await anonymous.GetStringAsync($"/dev/token?user={Uri.EscapeDataString(user)}", cancellationToken);
        var socket = new ClientWebSocket();
        var hub = new UriBuilder(server) { Scheme = "ws", Path = "/hubs/notifications", Query = $"access_token={Uri.EscapeDataString(token)}" }.Uri;
        await socket.ConnectAsync(hub, cancellationToken);
        return await HubProtocolClient.HandshakeAsync(socket, cancellationToken);
    }
}

using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.RealTime;

/// <summary>Connects a <see cref="HubProtocolClient"/> to the in-memory test server's <c>/hubs/notifications</c>.</summary>
internal static class HubConnection
{
    public static async Task<HubProtocolClient> ConnectAsync(ServerFactory factory, string who, CancellationToken cancellationToken)
    {
        using var anonymous = factory.CreateClient();
        var token = await anonymous.GetStringAsync($"/dev/token?user={Uri.EscapeDataString(who)}", cancellationToken);
        var socket = await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri($"ws://localhost/hubs/notifications?access_token={token}"), cancellationToken);
        return await HubProtocolClient.HandshakeAsync(socket, cancellationToken);
    }
}

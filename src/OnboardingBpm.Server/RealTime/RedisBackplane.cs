using StackExchange.Redis;

namespace OnboardingBpm.Server.RealTime;

/// <summary>
/// The backplane's Redis connection, made by SignalR through <see cref="ConnectAsync"/> so its state can be read by
/// the health checks. Redis being down must not stop the API: the connection is created even when Redis does not
/// answer (it keeps reconnecting), and a notice sent meanwhile fails at once instead of waiting in a backlog, so a
/// burst that announces a task is not held up. With the backplane every notice travels through Redis, even to
/// this node's own users: while Redis is down no notice is delivered (the inbox shows the task all the same, and
/// the browser refetches when its connection comes back).
/// </summary>
public sealed class RedisBackplane(RealTimeOptions options, ILogger<RedisBackplane> logger) : IDisposable
{
    private IConnectionMultiplexer? connection;

    public BackplaneState State => connection switch
    {
        null => BackplaneState.Connecting,
        { IsConnected: true } => BackplaneState.Connected,
        _ => BackplaneState.Disconnected,
    };

    public async Task<IConnectionMultiplexer> ConnectAsync(TextWriter log)
    {
        var configuration = ConfigurationOptions.Parse(options.Redis!);
        configuration.ChannelPrefix = RedisChannel.Literal(options.ChannelPrefix + ":");
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration, log);
        multiplexer.ConnectionFailed += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Subscription)
            {
                logger.LogWarning(e.Exception, "The SignalR backplane lost Redis ({FailureType}); no notice is delivered until it is back", e.FailureType);
            }
        };
        multiplexer.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Subscription)
            {
                logger.LogInformation("The SignalR backplane reached Redis again");
            }
        };
        if (!multiplexer.IsConnected)
        {
            logger.LogWarning("The SignalR backplane cannot reach Redis yet; it keeps trying, and the API serves meanwhile");
        }

        connection = multiplexer;
        return multiplexer;
    }

    public void Dispose() => connection?.Dispose();
}

/// <summary>Off: no backplane configured (one node). Connecting: not tried yet. Disconnected: configured but Redis is unreachable.</summary>
public enum BackplaneState
{
    Off,
    Connecting,
    Connected,
    Disconnected,
}

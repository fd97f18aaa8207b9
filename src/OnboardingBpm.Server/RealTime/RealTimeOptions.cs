namespace OnboardingBpm.Server.RealTime;

/// <summary>The <c>RealTime</c> section: how notices reach users connected to other server processes.</summary>
public sealed class RealTimeOptions
{
    public const string Section = "RealTime";

    /// <summary>
    /// A Redis connection string turns on the SignalR backplane, so a notice sent on one node reaches users connected
    /// to any node. Empty keeps notices on the node that sends them, which is all a single node needs.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of the backplane's channels, so several environments can share one Redis.</summary>
    public string ChannelPrefix { get; set; } = "onboardingbpm";
}

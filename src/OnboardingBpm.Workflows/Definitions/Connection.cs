namespace OnboardingBpm.Workflows.Definitions;

/// <summary>A token path: when <see cref="Source"/> completes with its port's outcome, <see cref="Target"/> runs.</summary>
public sealed record Connection(ConnectionEndpoint Source, ConnectionEndpoint Target);

/// <summary>An activity id and, on the source side, the outcome port (default <c>Done</c>).</summary>
public sealed record ConnectionEndpoint(string Activity, string? Port = null)
{
    public const string DefaultPort = "Done";

    public string PortOrDefault => string.IsNullOrEmpty(Port) ? DefaultPort : Port;
}

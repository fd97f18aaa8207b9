using Microsoft.AspNetCore.Http;

namespace OnboardingBpm.Simulators.Faults;

/// <summary>What an injected fault does to a matching request.</summary>
public enum FaultAction
{
    Latency,
    Status,
    RateLimit,
}

/// <summary>
/// One injected fault: applies to requests whose path starts with <see cref="PathPrefix"/> (all when null),
/// <see cref="Remaining"/> more times (forever when null).
/// </summary>
public sealed class FaultRule
{
    public required FaultAction Action { get; init; }
    public string? PathPrefix { get; init; }
    public TimeSpan Latency { get; init; }
    public int Status { get; init; }
    public TimeSpan ResetAfter { get; init; }
    public int? Remaining { get; set; }

    internal bool Matches(HttpRequest request) =>
        (Remaining is null || Remaining > 0)
        && (PathPrefix is null || request.Path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A request the simulator received, for tests and the inspection endpoint.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, DateTimeOffset At)
{
    public int? Status { get; set; }
}

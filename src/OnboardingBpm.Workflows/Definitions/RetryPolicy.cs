namespace OnboardingBpm.Workflows.Definitions;

/// <summary>
/// How often an activity that faults is tried again before the instance gets an incident.
/// <see cref="MaxAttempts"/> counts every attempt, the first included. Intervals are ISO 8601 durations.
/// </summary>
public sealed record RetryPolicy
{
    public int MaxAttempts { get; init; } = 1;
    public string Interval { get; init; } = "PT0S";
    public RetryBackoff Backoff { get; init; } = RetryBackoff.Fixed;
    public string? MaxInterval { get; init; }

    /// <summary>The wait before attempt <paramref name="nextAttempt"/> (2 for the first retry).</summary>
    public TimeSpan DelayBefore(int nextAttempt)
    {
        var interval = Durations.Parse(Interval);
        var delay = Backoff == RetryBackoff.Exponential
            ? TimeSpan.FromTicks((long)(interval.Ticks * Math.Pow(2, Math.Max(0, nextAttempt - 2))))
            : interval;
        return MaxInterval is null ? delay : TimeSpan.FromTicks(Math.Min(delay.Ticks, Durations.Parse(MaxInterval).Ticks));
    }
}

public enum RetryBackoff
{
    Fixed,
    Exponential,
}

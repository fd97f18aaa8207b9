namespace OnboardingBpm.Integrations.Resilience;

/// <summary>
/// The in-call resilience of one vendor client. These retries are short and in memory; the specification's
/// 3 retries 5 minutes apart are durable workflow retries (<see cref="DurableRetryOptions"/>).
/// </summary>
public sealed class ResilienceOptions
{
    /// <summary>One attempt's limit: the CRM may take up to 10 s, so 10 s must still succeed.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10.5);

    /// <summary>Retries after the first attempt for 5xx, 408, 429 and network errors.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first backoff; later ones double, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest Retry-After / rate-limit reset waited for inside a call; a longer one fails the call.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The circuit opens when this share of calls fails within <see cref="SamplingDuration"/>.</summary>
    public double FailureRatio { get; set; } = 0.5;

    public int MinimumThroughput { get; set; } = 10;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit fails calls at once, sparing a struggling vendor.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>The workflow-level retries of integration activities: durable timer bookmarks that survive restarts.</summary>
public sealed class DurableRetryOptions
{
    /// <summary>Retries after the first failed attempt; when the last one fails the instance gets an incident.</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}

namespace OnboardingBpm.Integrations.Alerts;

/// <summary>
/// Something a person must look at, shown on the dashboards of its <see cref="Audience"/>. Raising the same
/// <see cref="DedupKey"/> twice (a redelivered outbox message, a second node) keeps one alert.
/// </summary>
public sealed record Alert
{
    public required string Id { get; init; }
    public required string DedupKey { get; init; }
    public required string Kind { get; init; }
    public AlertSeverity Severity { get; init; } = AlertSeverity.Warning;

    /// <summary>Who sees it: <see cref="AlertAudiences"/>, or <c>segment:{name}</c> for one segment's agents.</summary>
    public required string Audience { get; init; }

    public required string Title { get; init; }
    public string? Detail { get; init; }
    public string? InstanceId { get; init; }
    public string? IncidentId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; init; }
    public string? AcknowledgedBy { get; init; }
}

public enum AlertSeverity
{
    Info,
    Warning,
    Critical,
}

public static class AlertAudiences
{
    public const string PlatformEngineering = "platform-engineering";
    public const string Supervisors = "supervisors";
}

public static class AlertKinds
{
    public const string IntegrationFailure = "integration-failure";
    public const string Incident = "incident";
    public const string SyncFailure = "sync-failure";
    public const string DataInconsistency = "data-inconsistency";
}

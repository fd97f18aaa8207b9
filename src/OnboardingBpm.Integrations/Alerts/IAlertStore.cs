namespace OnboardingBpm.Integrations.Alerts;

public interface IAlertStore
{
    /// <summary>Returns false when an alert with the same dedup key exists already.</summary>
    Task<bool> AddAsync(Alert alert, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<Alert>> ListAsync(AlertQuery query, CancellationToken cancellationToken = default);

    Task<Alert?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Returns false when the alert does not exist or was acknowledged already.</summary>
    Task<bool> AcknowledgeAsync(string id, string by, DateTimeOffset at, CancellationToken cancellationToken = default);
}

/// <summary>
/// <see cref="Audiences"/> limits the alerts to those a caller may see (null: no limit); <see cref="Audience"/>
/// picks one of them.
/// </summary>
public sealed record AlertQuery(string? Audience = null, bool OpenOnly = false, int Skip = 0, int Take = 50)
{
    public IReadOnlyList<string>? Audiences { get; init; }
}

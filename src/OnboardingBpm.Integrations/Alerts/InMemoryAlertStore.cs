namespace OnboardingBpm.Integrations.Alerts;

/// <summary>The alert store when no database is configured (engine-only hosts and unit tests).</summary>
public sealed class InMemoryAlertStore : IAlertStore
{
    private readonly Lock gate = new();
    private readonly List<Alert> alerts = [];

    public Task<bool> AddAsync(Alert alert, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (alerts.Any(a => a.DedupKey == alert.DedupKey))
            {
                return Task.FromResult(false);
            }

            alerts.Add(alert);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<Alert>> ListAsync(AlertQuery query, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<Alert> page = alerts
                .Where(a => query.Audience is null || a.Audience == query.Audience)
                .Where(a => query.Audiences is null || query.Audiences.Contains(a.Audience))
                .Where(a => !query.OpenOnly || a.AcknowledgedAt is null)
                .OrderByDescending(a => a.CreatedAt)
                .Skip(query.Skip)
                .Take(query.Take)
                .ToList();
            return Task.FromResult(page);
        }
    }

    public Task<Alert?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(alerts.FirstOrDefault(a => a.Id == id));
        }
    }

    public Task<bool> AcknowledgeAsync(string id, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var index = alerts.FindIndex(a => a.Id == id && a.AcknowledgedAt is null);
            if (index < 0)
            {
                return Task.FromResult(false);
            }

            alerts[index] = alerts[index] with { AcknowledgedAt = at, AcknowledgedBy = by };
            return Task.FromResult(true);
        }
    }
}

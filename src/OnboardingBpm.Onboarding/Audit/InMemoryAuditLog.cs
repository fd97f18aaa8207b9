using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Audit;

public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly Lock gate = new();
    private readonly List<AuditEntry> entries = [];

    public Task<bool> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (entries.Any(e => e.Id == entry.Id))
            {
                return Task.FromResult(false);
            }

            entries.Add(entry);
            return Task.FromResult(true);
        }
    }

    public Task<Page<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(entries
                .Where(e => query.Scope.Segments is null || (e.Segment is not null && query.Scope.Includes(e.Segment)))
                .Where(e => query.ResourceKind is null || e.ResourceKind == query.ResourceKind)
                .Where(e => query.ResourceId is null || e.ResourceId == query.ResourceId)
                .Where(e => query.Actor is null || e.Actor == query.Actor)
                .Where(e => query.Action is null || e.Action == query.Action)
                .Where(e => query.From is null || e.At >= query.From)
                .Where(e => query.To is null || e.At < query.To)
                .OrderByDescending(e => e.At).ThenByDescending(e => e.Id, StringComparer.Ordinal)
                .ToPage(query.Skip, query.Take));
        }
    }
}

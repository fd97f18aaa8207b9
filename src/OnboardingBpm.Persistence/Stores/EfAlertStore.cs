using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Persistence.Model;

namespace OnboardingBpm.Persistence.Stores;

public sealed class EfAlertStore(WorkflowContexts contexts) : IAlertStore
{
    public async Task<bool> AddAsync(Alert alert, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        if (await db.Alerts.AnyAsync(a => a.DedupKey == alert.DedupKey, cancellationToken))
        {
            return false;
        }

        db.Alerts.Add(ToRow(alert));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The unique dedup key: another node raised the same alert a moment earlier.
            if (await ExistsAsync(alert.DedupKey, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    public async Task<IReadOnlyList<Alert>> ListAsync(AlertQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = db.Alerts.AsNoTracking();
        if (query.Audience is { } audience)
        {
            rows = rows.Where(a => a.Audience == audience);
        }

        if (query.Audiences is { } audiences)
        {
            rows = rows.Where(a => audiences.Contains(a.Audience));
        }

        if (query.OpenOnly)
        {
            rows = rows.Where(a => a.AcknowledgedAt == null);
        }

        var page = await rows.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        return page.Select(FromRow).ToList();
    }

    public async Task<Alert?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return row is null ? null : FromRow(row);
    }

    public async Task<bool> AcknowledgeAsync(string id, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var changed = await db.Alerts.Where(a => a.Id == id && a.AcknowledgedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.AcknowledgedAt, at).SetProperty(a => a.AcknowledgedBy, by), cancellationToken);
        return changed == 1;
    }

    private async Task<bool> ExistsAsync(string dedupKey, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Alerts.AnyAsync(a => a.DedupKey == dedupKey, cancellationToken);
    }

    private static AlertRow ToRow(Alert alert) => new()
    {
        Id = alert.Id,
        DedupKey = alert.DedupKey,
        Kind = alert.Kind,
        Severity = alert.Severity.ToString(),
        Audience = alert.Audience,
        Title = alert.Title,
        Detail = alert.Detail,
        InstanceId = alert.InstanceId,
        IncidentId = alert.IncidentId,
        CreatedAt = alert.CreatedAt,
        AcknowledgedAt = alert.AcknowledgedAt,
        AcknowledgedBy = alert.AcknowledgedBy,
    };

    private static Alert FromRow(AlertRow row) => new()
    {
        Id = row.Id,
        DedupKey = row.DedupKey,
        Kind = row.Kind,
        Severity = Enum.Parse<AlertSeverity>(row.Severity),
        Audience = row.Audience,
        Title = row.Title,
        Detail = row.Detail,
        InstanceId = row.InstanceId,
        IncidentId = row.IncidentId,
        CreatedAt = row.CreatedAt,
        AcknowledgedAt = row.AcknowledgedAt,
        AcknowledgedBy = row.AcknowledgedBy,
    };
}

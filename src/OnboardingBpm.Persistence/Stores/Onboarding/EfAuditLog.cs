using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Stores.Onboarding;

/// <summary>
/// Inserts and reads only. The database backs this up: triggers on <c>audit_log</c> refuse UPDATE and DELETE
/// (see the AuditLog migrations), so not even a bug elsewhere in this process can rewrite history.
/// </summary>
public sealed class EfAuditLog(WorkflowContexts contexts) : IAuditLog
{
    public async Task<bool> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        if (await ExistsAsync(entry.Id, cancellationToken))
        {
            return false;
        }

        await using var db = contexts.Create();
        db.AuditLog.Add(new AuditRow
        {
            Id = entry.Id,
            At = entry.At,
            Actor = entry.Actor,
            Role = entry.Role,
            Segment = entry.Segment,
            Action = entry.Action.ToString(),
            ResourceKind = entry.ResourceKind,
            ResourceId = entry.ResourceId,
            Detail = entry.Detail,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Appended concurrently under the same id: the first entry stays.
            if (await ExistsAsync(entry.Id, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    public async Task<Page<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = db.AuditLog.AsNoTracking();
        if (query.Scope.Segments is { } scoped)
        {
            var segments = scoped.ToList();
            rows = rows.Where(e => e.Segment != null && segments.Contains(e.Segment));
        }

        if (query.ResourceKind is { } kind)
        {
            rows = rows.Where(e => e.ResourceKind == kind);
        }

        if (query.ResourceId is { } resourceId)
        {
            rows = rows.Where(e => e.ResourceId == resourceId);
        }

        if (query.Actor is { } actor)
        {
            rows = rows.Where(e => e.Actor == actor);
        }

        if (query.Action is { } action)
        {
            var name = action.ToString();
            rows = rows.Where(e => e.Action == name);
        }

        if (query.From is { } from)
        {
            rows = rows.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            rows = rows.Where(e => e.At < to);
        }

        return await rows.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).PageAsync(query.Skip, query.Take, FromRow, cancellationToken);
    }

    private async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.AuditLog.AnyAsync(e => e.Id == id, cancellationToken);
    }

    private static AuditEntry FromRow(AuditRow row) => new()
    {
        Id = row.Id,
        At = row.At,
        Actor = row.Actor,
        Role = row.Role,
        Segment = row.Segment,
        Action = Enum.Parse<AuditAction>(row.Action),
        ResourceKind = row.ResourceKind,
        ResourceId = row.ResourceId,
        Detail = row.Detail,
    };
}

using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Stores.Onboarding;

public sealed class EfEscalationStore(WorkflowContexts contexts) : IEscalationStore
{
    public async Task<bool> AddAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        var kind = escalation.SubjectKind.ToString();
        if (await ExistsAsync(escalation.Id, kind, escalation.SubjectId, cancellationToken))
        {
            return false;
        }

        await using var db = contexts.Create();
        db.Escalations.Add(new EscalationRow
        {
            Id = escalation.Id,
            SubjectKind = kind,
            SubjectId = escalation.SubjectId,
            CustomerId = escalation.CustomerId,
            Segment = escalation.Segment,
            EscalatedAt = escalation.EscalatedAt,
            NotifiedSupervisor = escalation.NotifiedSupervisor,
            AcknowledgedAt = escalation.AcknowledgedAt,
            AcknowledgedBy = escalation.AcknowledgedBy,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The unique subject: another node escalated the same case a moment earlier.
            if (await ExistsAsync(escalation.Id, kind, escalation.SubjectId, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    public async Task<Escalation?> FindAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.Escalations.AsNoTracking().InScope(scope).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return row is null ? null : FromRow(row);
    }

    public async Task<Escalation?> FindBySubjectAsync(EscalationSubject kind, string subjectId, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        var name = kind.ToString();
        await using var db = contexts.Create();
        var row = await db.Escalations.AsNoTracking().InScope(scope).FirstOrDefaultAsync(e => e.SubjectKind == name && e.SubjectId == subjectId, cancellationToken);
        return row is null ? null : FromRow(row);
    }

    public async Task<Page<Escalation>> ListAsync(EscalationQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = db.Escalations.AsNoTracking().InScope(query.Scope);
        if (query.CustomerId is { } customerId)
        {
            rows = rows.Where(e => e.CustomerId == customerId);
        }

        if (query.OpenOnly)
        {
            rows = rows.Where(e => e.AcknowledgedAt == null);
        }

        return await rows.OrderByDescending(e => e.EscalatedAt).ThenBy(e => e.Id).PageAsync(query.Skip, query.Take, FromRow, cancellationToken);
    }

    public async Task<bool> AcknowledgeAsync(string id, string by, DateTimeOffset at, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var changed = await db.Escalations.InScope(scope).Where(e => e.Id == id && e.AcknowledgedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.AcknowledgedAt, at).SetProperty(e => e.AcknowledgedBy, by), cancellationToken);
        return changed == 1;
    }

    private async Task<bool> ExistsAsync(string id, string kind, string subjectId, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Escalations.AnyAsync(e => e.Id == id || (e.SubjectKind == kind && e.SubjectId == subjectId), cancellationToken);
    }

    private static Escalation FromRow(EscalationRow row) => new()
    {
        Id = row.Id,
        SubjectKind = Enum.Parse<EscalationSubject>(row.SubjectKind),
        SubjectId = row.SubjectId,
        CustomerId = row.CustomerId,
        Segment = row.Segment,
        EscalatedAt = row.EscalatedAt,
        NotifiedSupervisor = row.NotifiedSupervisor,
        AcknowledgedAt = row.AcknowledgedAt,
        AcknowledgedBy = row.AcknowledgedBy,
    };
}

using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Privacy;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Stores.Onboarding;

public sealed class EfCaseStore(WorkflowContexts contexts, IPersonalDataProtector protector) : ICaseStore
{
    public async Task SaveAsync(OnboardingCase onboardingCase, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        if (await db.Cases.AnyAsync(c => c.TransactionId == onboardingCase.TransactionId && c.Id != onboardingCase.Id, cancellationToken))
        {
            throw new DuplicateTransactionException(onboardingCase.TransactionId);
        }

        var row = await db.Cases.FirstOrDefaultAsync(c => c.Id == onboardingCase.Id, cancellationToken);
        if (row is null)
        {
            row = new CaseRow { Id = onboardingCase.Id };
            db.Cases.Add(row);
        }

        Fill(row, onboardingCase);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // The unique transaction id: a concurrent submission of the same form inserted first.
            if (await TransactionTakenAsync(onboardingCase, cancellationToken))
            {
                throw new DuplicateTransactionException(onboardingCase.TransactionId, ex);
            }

            throw;
        }
    }

    public async Task<OnboardingCase?> FindAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.Cases.AsNoTracking().InScope(scope).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return row is null ? null : FromRow(row);
    }

    public async Task<OnboardingCase?> FindByTransactionIdAsync(string transactionId, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.Cases.AsNoTracking().InScope(scope).FirstOrDefaultAsync(c => c.TransactionId == transactionId, cancellationToken);
        return row is null ? null : FromRow(row);
    }

    public async Task<Page<OnboardingCase>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = db.Cases.AsNoTracking().InScope(query.Scope);
        if (query.CustomerId is { } customerId)
        {
            rows = rows.Where(c => c.CustomerId == customerId);
        }

        if (query.Status is { } status)
        {
            var name = status.ToString();
            rows = rows.Where(c => c.Status == name);
        }

        if (query.Phase is { } phase)
        {
            var name = phase.ToString();
            rows = rows.Where(c => c.Phase == name);
        }

        if (query.SubmittedFrom is { } from)
        {
            rows = rows.Where(c => c.SubmittedAt >= from);
        }

        if (query.SubmittedTo is { } to)
        {
            rows = rows.Where(c => c.SubmittedAt < to);
        }

        return await rows.OrderByDescending(c => c.SubmittedAt).ThenBy(c => c.Id).PageAsync(query.Skip, query.Take, FromRow, cancellationToken);
    }

    public async Task<bool> AppendEventAsync(string caseId, CaseEvent caseEvent, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            return false;
        }

        db.CaseEvents.Add(new CaseEventRow { CaseId = caseId, At = caseEvent.At, Kind = caseEvent.Kind, Actor = caseEvent.Actor, Text = caseEvent.Text });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<CaseEvent>> TimelineAsync(string caseId, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var visible = db.Cases.InScope(scope).Where(c => c.Id == caseId).Select(c => c.Id);
        var rows = await db.CaseEvents.AsNoTracking().Where(e => visible.Contains(e.CaseId)).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return rows.Select(e => new CaseEvent(e.At, e.Kind, e.Actor, e.Text)).ToList();
    }

    public async Task<int> ErasePersonalDataAsync(string customerId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var tombstone = protector.Protect(PersonalData.Tombstone);
        return await db.Cases.Where(c => c.CustomerId == customerId && c.ContactNameCipher != null).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.ContactNameCipher, tombstone).SetProperty(c => c.ContactEmailCipher, (string?)null).SetProperty(c => c.ContactPhoneCipher, (string?)null),
            cancellationToken);
    }

    private async Task<bool> TransactionTakenAsync(OnboardingCase onboardingCase, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Cases.AnyAsync(c => c.TransactionId == onboardingCase.TransactionId && c.Id != onboardingCase.Id, cancellationToken);
    }

    private void Fill(CaseRow row, OnboardingCase c)
    {
        row.CustomerId = c.CustomerId;
        row.Segment = c.Segment;
        row.SalesforceCaseId = c.SalesforceCaseId;
        row.TransactionId = c.TransactionId;
        row.Phase = c.Phase.ToString();
        row.Status = c.Status.ToString();
        row.HealthScore = c.HealthScore;
        row.SubmittedAt = c.SubmittedAt;
        row.CreatedInCrmAt = c.CreatedInCrmAt;
        row.FirstContactAt = c.FirstContactAt;
        row.ResolvedAt = c.ResolvedAt;
        row.ActiveAt = c.ActiveAt;
        row.IsEscalated = c.IsEscalated;
        row.ContactNameCipher = protector.ProtectOrNull(c.Contact?.Name);
        row.ContactEmailCipher = protector.ProtectOrNull(c.Contact?.Email);
        row.ContactPhoneCipher = protector.ProtectOrNull(c.Contact?.Phone);
        row.WorkflowInstanceId = c.WorkflowInstanceId;
    }

    private OnboardingCase FromRow(CaseRow row) => new()
    {
        Id = row.Id,
        CustomerId = row.CustomerId,
        Segment = row.Segment,
        SalesforceCaseId = row.SalesforceCaseId,
        TransactionId = row.TransactionId,
        Phase = Enum.Parse<OnboardingPhase>(row.Phase),
        Status = Enum.Parse<CaseStatus>(row.Status),
        HealthScore = row.HealthScore,
        SubmittedAt = row.SubmittedAt,
        CreatedInCrmAt = row.CreatedInCrmAt,
        FirstContactAt = row.FirstContactAt,
        ResolvedAt = row.ResolvedAt,
        ActiveAt = row.ActiveAt,
        IsEscalated = row.IsEscalated,
        Contact = row.ContactNameCipher is null
            ? null
            : new Contact(protector.Unprotect(row.ContactNameCipher), protector.UnprotectOrNull(row.ContactEmailCipher), protector.UnprotectOrNull(row.ContactPhoneCipher)),
        WorkflowInstanceId = row.WorkflowInstanceId,
    };
}

using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Privacy;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Stores.Onboarding;

public sealed class EfSurveyStore(WorkflowContexts contexts, IPersonalDataProtector protector) : ISurveyStore
{
    public async Task AddInvitationAsync(SurveyInvitation invitation, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        db.SurveyInvitations.Add(new SurveyInvitationRow
        {
            Id = invitation.Id,
            CustomerId = invitation.CustomerId,
            Segment = invitation.Segment,
            SubjectId = invitation.SubjectId,
            TokenHash = invitation.TokenHash,
            CreatedAt = invitation.CreatedAt,
            ExpiresAt = invitation.ExpiresAt,
            ReminderSentAt = invitation.ReminderSentAt,
            AnsweredAt = invitation.AnsweredAt,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<SurveyInvitation?> FindInvitationAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.SurveyInvitations.AsNoTracking().InScope(scope).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return row is null ? null : FromRow(row);
    }

    public async Task<SurveyInvitation?> FindByTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = SurveyTokens.Hash(token);
        await using var db = contexts.Create();
        var row = await db.SurveyInvitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return row is null ? null : FromRow(row);
    }

    public async Task<IReadOnlyList<SurveyInvitation>> ListInvitationsAsync(string customerId, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = await db.SurveyInvitations.AsNoTracking().InScope(scope).Where(i => i.CustomerId == customerId).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        return rows.Select(FromRow).ToList();
    }

    public async Task<bool> MarkReminderSentAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var changed = await db.SurveyInvitations.Where(i => i.Id == id && i.ReminderSentAt == null && i.AnsweredAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ReminderSentAt, at), cancellationToken);
        return changed == 1;
    }

    public async Task<SurveyAnswerResult> AnswerAsync(string token, int rating, string? comment, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        SurveyRatings.Check(rating);
        var hash = SurveyTokens.Hash(token);
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The conditional update is the single-use check: of two concurrent answers, one changes the row.
        var claimed = await db.SurveyInvitations.Where(i => i.TokenHash == hash && i.AnsweredAt == null && i.ExpiresAt > at)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AnsweredAt, at), cancellationToken);
        var row = await db.SurveyInvitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            var outcome = row switch
            {
                null => SurveyAnswerOutcome.UnknownToken,
                { AnsweredAt: not null } => SurveyAnswerOutcome.AlreadyAnswered,
                _ => SurveyAnswerOutcome.Expired,
            };
            return new SurveyAnswerResult(outcome, row is null ? null : FromRow(row));
        }

        db.SurveyResponses.Add(new SurveyResponseRow
        {
            InvitationId = row!.Id,
            CustomerId = row.CustomerId,
            Segment = row.Segment,
            SubjectId = row.SubjectId,
            Rating = rating,
            CommentCipher = protector.ProtectOrNull(comment),
            AnsweredAt = at,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SurveyAnswerResult(SurveyAnswerOutcome.Recorded, FromRow(row));
    }

    public async Task<Page<SurveyResponse>> ListResponsesAsync(SurveyResponseQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = db.SurveyResponses.AsNoTracking().InScope(query.Scope);
        if (query.CustomerId is { } customerId)
        {
            rows = rows.Where(r => r.CustomerId == customerId);
        }

        if (query.AnsweredFrom is { } from)
        {
            rows = rows.Where(r => r.AnsweredAt >= from);
        }

        if (query.AnsweredTo is { } to)
        {
            rows = rows.Where(r => r.AnsweredAt < to);
        }

        return await rows.OrderByDescending(r => r.AnsweredAt).ThenBy(r => r.InvitationId).PageAsync(query.Skip, query.Take, r => new SurveyResponse
        {
            InvitationId = r.InvitationId,
            CustomerId = r.CustomerId,
            Segment = r.Segment,
            SubjectId = r.SubjectId,
            Rating = r.Rating,
            Comment = protector.UnprotectOrNull(r.CommentCipher),
            AnsweredAt = r.AnsweredAt,
        }, cancellationToken);
    }

    public async Task<int> ErasePersonalDataAsync(string customerId, CancellationToken cancellationToken = default)
    {
        var tombstone = protector.Protect(PersonalData.Tombstone);
        await using var db = contexts.Create();
        return await db.SurveyResponses.Where(r => r.CustomerId == customerId && r.CommentCipher != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CommentCipher, tombstone), cancellationToken);
    }

    private static SurveyInvitation FromRow(SurveyInvitationRow row) => new()
    {
        Id = row.Id,
        CustomerId = row.CustomerId,
        Segment = row.Segment,
        SubjectId = row.SubjectId,
        TokenHash = row.TokenHash,
        CreatedAt = row.CreatedAt,
        ExpiresAt = row.ExpiresAt,
        ReminderSentAt = row.ReminderSentAt,
        AnsweredAt = row.AnsweredAt,
    };
}

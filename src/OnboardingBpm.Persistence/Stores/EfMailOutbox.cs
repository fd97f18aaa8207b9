using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Onboarding.Privacy;
using OnboardingBpm.Persistence.Model;

namespace OnboardingBpm.Persistence.Stores;

/// <summary>
/// The outbox holds customers' names and addresses (recipients, subjects, bodies, attachments), so they are kept
/// like the domain's personal data: subject and content encrypted, recipients as blind indexes. Rows written
/// before encryption (plain JSON content, plain recipients) stay readable and findable.
/// </summary>
public sealed class EfMailOutbox(WorkflowContexts contexts, IPersonalDataProtector protector) : IMailOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<bool> AddAsync(StoredMail mail, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        if (await db.Mails.AnyAsync(m => m.Id == mail.Message.Id, cancellationToken))
        {
            return false;
        }

        db.Mails.Add(ToRow(mail));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another dispatcher stored the same message a moment earlier.
            if (await ExistsAsync(mail.Message.Id, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    public async Task<StoredMail?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.Mails.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return row is null ? null : FromRow(row);
    }

    public async Task<IReadOnlyList<StoredMail>> ListAsync(MailQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = db.Mails.AsNoTracking();
        if (query.Recipient is { } recipient)
        {
            rows = SentTo(rows, recipient);
        }

        if (query.Category is { } category)
        {
            rows = rows.Where(m => m.Category == category);
        }

        if (query.InstanceId is { } instanceId)
        {
            rows = rows.Where(m => m.InstanceId == instanceId);
        }

        var page = await rows.OrderByDescending(m => m.StoredAt).ThenByDescending(m => m.Id).Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        return page.Select(FromRow).ToList();
    }

    public async Task<int> DeleteToRecipientAsync(string recipient, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await SentTo(db.Mails, recipient).ExecuteDeleteAsync(cancellationToken);
    }

    private IQueryable<MailRow> SentTo(IQueryable<MailRow> rows, string recipient)
    {
        var indexed = $"%,{protector.EmailIndex(recipient)},%";
        var legacy = $"%,{recipient.Trim().ToLowerInvariant()},%";
        return rows.Where(m => EF.Functions.Like(m.Recipients, indexed) || EF.Functions.Like(m.Recipients, legacy));
    }

    private async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Mails.AnyAsync(m => m.Id == id, cancellationToken);
    }

    private MailRow ToRow(StoredMail mail) => new()
    {
        Id = mail.Message.Id,
        StoredAt = mail.StoredAt,
        Transport = mail.Transport,
        Subject = protector.Protect(mail.Message.Subject),
        Recipients = "," + string.Join(",", mail.Message.To.Concat(mail.Message.Cc).Select(protector.EmailIndex)) + ",",
        Category = mail.Message.Category,
        InstanceId = mail.Message.InstanceId,
        Content = protector.Protect(JsonSerializer.Serialize(mail.Message, Json)),
    };

    private StoredMail FromRow(MailRow row)
    {
        // Protected values are base64; content stored before encryption is a JSON object.
        var content = row.Content.StartsWith('{') ? row.Content : protector.Unprotect(row.Content);
        return new(JsonSerializer.Deserialize<MailMessage>(content, Json)!, row.StoredAt, row.Transport);
    }
}

namespace OnboardingBpm.Integrations.Email;

/// <summary>The mail outbox when no database is configured (engine-only hosts and unit tests).</summary>
public sealed class InMemoryMailOutbox : IMailOutbox
{
    private readonly Lock gate = new();
    private readonly List<StoredMail> mails = [];

    public Task<bool> AddAsync(StoredMail mail, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (mails.Any(m => m.Message.Id == mail.Message.Id))
            {
                return Task.FromResult(false);
            }

            mails.Add(mail);
            return Task.FromResult(true);
        }
    }

    public Task<StoredMail?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(mails.FirstOrDefault(m => m.Message.Id == id));
        }
    }

    public Task<int> DeleteToRecipientAsync(string recipient, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(mails.RemoveAll(m => SentTo(m, recipient)));
        }
    }

    public Task<IReadOnlyList<StoredMail>> ListAsync(MailQuery query, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<StoredMail> page = mails
                .Where(m => query.Recipient is null || SentTo(m, query.Recipient))
                .Where(m => query.Category is null || m.Message.Category == query.Category)
                .Where(m => query.InstanceId is null || m.Message.InstanceId == query.InstanceId)
                .OrderByDescending(m => m.StoredAt)
                .Skip(query.Skip)
                .Take(query.Take)
                .ToList();
            return Task.FromResult(page);
        }
    }

    private static bool SentTo(StoredMail mail, string recipient) =>
        mail.Message.To.Concat(mail.Message.Cc).Contains(recipient.Trim(), StringComparer.OrdinalIgnoreCase);
}

namespace OnboardingBpm.Integrations.Email;

/// <summary>Sends an email now: over SMTP when a host is configured, else into the local outbox.</summary>
public interface IMailer
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>A mail kept by the local outbox (the embedded default, and a copy of every SMTP send for the UI).</summary>
public sealed record StoredMail(MailMessage Message, DateTimeOffset StoredAt, string Transport);

/// <summary>The local outbox the API lists and the UI shows. Adding a message id twice keeps the first.</summary>
public interface IMailOutbox
{
    /// <summary>Returns false when a message with this id is already stored.</summary>
    Task<bool> AddAsync(StoredMail mail, CancellationToken cancellationToken = default);

    Task<StoredMail?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Newest first; the recipient filter matches To and Cc.</summary>
    Task<IReadOnlyList<StoredMail>> ListAsync(MailQuery query, CancellationToken cancellationToken = default);

    /// <summary>Deletes every stored mail sent to the address (To or Cc), for erasure requests; returns how many.</summary>
    Task<int> DeleteToRecipientAsync(string recipient, CancellationToken cancellationToken = default);
}

public sealed record MailQuery(string? Recipient = null, string? Category = null, string? InstanceId = null, int Skip = 0, int Take = 50);

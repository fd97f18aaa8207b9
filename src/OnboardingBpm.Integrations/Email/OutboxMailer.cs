namespace OnboardingBpm.Integrations.Email;

/// <summary>The embedded default with no SMTP host: every mail lands in the local outbox the API lists.</summary>
public sealed class OutboxMailer(IMailOutbox outbox, TimeProvider time) : IMailer
{
    public Task SendAsync(MailMessage message, CancellationToken cancellationToken = default) =>
        outbox.AddAsync(new StoredMail(message, time.GetUtcNow(), "outbox"), cancellationToken);
}

using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Integrations.Email;

/// <summary>
/// Sends the mails <see cref="SendEmail"/> queued, after the step that queued them committed. Runs at least
/// once: the mail's id is the step's transaction id, so the outbox keeps it once and SMTP gets one Message-ID.
/// </summary>
internal sealed class SendEmailHandler(IMailer mailer) : IOutboxHandler
{
    public string Type => SendEmail.OutboxType;

    public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        mailer.SendAsync(MailJson.FromPayload(message.Payload), cancellationToken);
}

using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Integrations;

public static class GetMail
{
    public sealed record MailView(ListMail.MailSummary Summary, string? From, string? TextBody, string? HtmlBody);

    public static async Task<Ok<MailView>> HandleAsync(string mailId, IMailOutbox outbox, CancellationToken cancellationToken)
    {
        var mail = await FindAsync(mailId, outbox, cancellationToken);
        return TypedResults.Ok(new MailView(ListMail.Summarise(mail), mail.Message.From, mail.Message.TextBody, mail.Message.HtmlBody));
    }

    /// <summary>Downloads an attachment (the CSV report, the .ics invitation) as the recipient would get it.</summary>
    public static async Task<FileContentHttpResult> AttachmentAsync(string mailId, int index, IMailOutbox outbox, CancellationToken cancellationToken)
    {
        var mail = await FindAsync(mailId, outbox, cancellationToken);
        if (index < 0 || index >= mail.Message.Attachments.Count)
        {
            throw new WorkflowNotFoundException($"Mail {mailId} has {mail.Message.Attachments.Count} attachment(s); there is no attachment {index}.");
        }

        var attachment = mail.Message.Attachments[index];
        return TypedResults.File(attachment.Content, attachment.ContentType, attachment.FileName);
    }

    private static async Task<StoredMail> FindAsync(string mailId, IMailOutbox outbox, CancellationToken cancellationToken) =>
        await outbox.FindAsync(mailId, cancellationToken) ?? throw new WorkflowNotFoundException($"Mail {mailId} is not in the outbox.");
}

using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetMail = System.Net.Mail.MailMessage;

namespace OnboardingBpm.Integrations.Email;

/// <summary>
/// Sends over SMTP with System.Net.Mail (MailKit is not available here): text and HTML as alternatives,
/// attachments, and a Message-ID from the mail's id. Each sent mail is also kept in the outbox, so the UI
/// lists every mail whatever the transport, and a mail already there is not sent again.
/// </summary>
public sealed class SmtpMailer(IOptionsMonitor<EmailOptions> options, IMailOutbox outbox, TimeProvider time, ILogger<SmtpMailer> logger) : IMailer
{
    public const string Transport = "smtp";

    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        if (await outbox.FindAsync(message.Id, cancellationToken) is not null)
        {
            logger.LogInformation("Mail {MailId} was sent before; not sending it again", message.Id);
            return;
        }

        var settings = options.CurrentValue;
        using (var mail = ToNetMail(message, settings))
        using (var smtp = new SmtpClient(settings.SmtpHost, settings.SmtpPort) { EnableSsl = settings.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network })
        {
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                smtp.Credentials = new NetworkCredential(settings.UserName, settings.Password);
            }

            await smtp.SendMailAsync(mail, cancellationToken);
        }

        logger.LogInformation("Mail {MailId} sent over SMTP to {Recipients}", message.Id, string.Join(", ", message.To));
        await outbox.AddAsync(new StoredMail(message, time.GetUtcNow(), Transport), cancellationToken);
    }

    internal static NetMail ToNetMail(MailMessage message, EmailOptions settings)
    {
        var from = new MailAddress(string.IsNullOrWhiteSpace(message.From) ? settings.From : message.From);
        var mail = new NetMail { From = from, Subject = message.Subject, SubjectEncoding = Encoding.UTF8, HeadersEncoding = Encoding.UTF8 };
        message.To.ToList().ForEach(mail.To.Add);
        message.Cc.ToList().ForEach(mail.CC.Add);
        mail.Headers.Add("Message-ID", MessageIds.For(message.Id, from.Host));

        if (message.HtmlBody is null)
        {
            mail.Body = message.TextBody ?? "";
            mail.BodyEncoding = Encoding.UTF8;
        }
        else
        {
            // The first alternative is the fallback: clients pick the last one they can show.
            mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.TextBody ?? "", Encoding.UTF8, MediaTypeNames.Text.Plain));
            mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html));
        }

        foreach (var attachment in message.Attachments)
        {
            mail.Attachments.Add(new Attachment(new MemoryStream(attachment.Content), attachment.FileName, attachment.ContentType));
        }

        return mail;
    }
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Integrations.Email.Attachments;
using OnboardingBpm.Integrations.Email.Templates;

namespace OnboardingBpm.Integrations.Tests.Email;

public sealed class SmtpMailerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_mail_reaches_a_real_smtp_server_with_its_subject_both_parts_and_the_csv_and_ics_attachments()
    {
        await using var smtp = await SmtpServer.StartAsync();
        var clock = new FakeTimeProvider();
        await using var services = EmailServices.Build(clock, Smtp(smtp));
        var rendered = services.GetRequiredService<MailTemplates>().Render("welcome", new JsonObject
        {
            ["customerName"] = "Acme & Co",
            ["contactName"] = "Ana <ana@acme.test>",
            ["caseId"] = "C-17",
        });
        var csv = Csv.Attachment("kpis.csv", [["kpi", "value"], ["First response, hours", 3.5]]);
        var invitation = Invitation().ToAttachment(clock.GetUtcNow());
        var mail = new MailMessage
        {
            Id = "instance-1:exec-2",
            To = ["ana@acme.test"],
            Cc = ["manager@onboardingbpm.local"],
            Subject = rendered.Subject,
            HtmlBody = rendered.Html,
            TextBody = rendered.Text,
            Attachments = [csv, invitation],
            Category = "welcome",
        };

        await services.GetRequiredService<IMailer>().SendAsync(mail, Cancel);

        var received = MimeMessage.Parse(Assert.Single(smtp.Messages()));
        Assert.Equal("Welcome to OnboardingBpm, Acme & Co", received.Header("Subject"));
        Assert.Equal(MessageIds.For("instance-1:exec-2", "onboardingbpm.local"), received.Header("Message-ID"));
        Assert.Contains("ana@acme.test", received.Header("To"), StringComparison.Ordinal);
        Assert.Contains("manager@onboardingbpm.local", received.Header("Cc"), StringComparison.Ordinal);
        var parts = received.All.ToList();
        Assert.Contains(parts, p => p.MediaType == "multipart/alternative");
        Assert.Contains("Ana <ana@acme.test>", parts.Single(p => p.MediaType == "text/plain").Text, StringComparison.Ordinal);
        Assert.Contains("Ana &lt;ana@acme.test&gt;", parts.Single(p => p.MediaType == "text/html").Text, StringComparison.Ordinal);
        Assert.Equal(csv.Content, parts.Single(p => p.FileName == "kpis.csv").Content);
        var ics = parts.Single(p => p.FileName == "invitation.ics");
        Assert.Equal("text/calendar", ics.MediaType);
        Assert.Equal(invitation.Content, ics.Content);
    }

    [Fact]
    public async Task a_mail_sent_over_smtp_is_kept_in_the_outbox_and_not_sent_again()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var services = EmailServices.Build(new FakeTimeProvider(), Smtp(smtp));
        var mailer = services.GetRequiredService<IMailer>();
        var mail = new MailMessage { Id = "tx-once", To = ["ops@onboardingbpm.local"], Subject = "Nightly sync", TextBody = "All systems agree." };

        await mailer.SendAsync(mail, Cancel);
        await mailer.SendAsync(mail, Cancel);

        var received = MimeMessage.Parse(Assert.Single(smtp.Messages()));
        Assert.Equal("text/plain", received.MediaType);
        Assert.Equal("All systems agree.", received.Text.Trim());
        var stored = await services.GetRequiredService<IMailOutbox>().FindAsync("tx-once", Cancel);
        Assert.Equal(SmtpMailer.Transport, stored?.Transport);
    }

    [Fact]
    public async Task with_no_smtp_host_a_mail_goes_to_the_local_outbox()
    {
        var clock = new FakeTimeProvider();
        await using var services = EmailServices.Build(clock);
        var mail = new MailMessage { Id = "tx-local", To = ["newcomer@acme.test"], Subject = "Hello", TextBody = "Hi", Category = "welcome" };

        await services.GetRequiredService<IMailer>().SendAsync(mail, Cancel);

        var stored = Assert.Single(await services.GetRequiredService<IMailOutbox>().ListAsync(new MailQuery(Recipient: "newcomer@acme.test"), Cancel));
        Assert.Equal(("tx-local", "outbox", clock.GetUtcNow()), (stored.Message.Id, stored.Transport, stored.StoredAt));
    }

    [Fact]
    public void the_message_id_is_stable_and_keeps_distinct_ids_distinct()
    {
        Assert.Equal(MessageIds.For("a:b", "x.test"), MessageIds.For("a:b", "x.test"));
        Assert.NotEqual(MessageIds.For("a:b", "x.test"), MessageIds.For("a-b", "x.test"));
        Assert.Equal("<a=3Ab@x.test>", MessageIds.For("a:b", "x.test"));
    }

    private static Dictionary<string, string?> Smtp(SmtpServer smtp) => new()
    {
        ["Integrations:Email:SmtpHost"] = "127.0.0.1",
        ["Integrations:Email:SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static CalendarInvitation Invitation() => new()
    {
        Uid = "training-C-17@onboardingbpm.local",
        Start = new DateTimeOffset(2026, 1, 12, 10, 0, 0, TimeSpan.FromHours(1)),
        End = new DateTimeOffset(2026, 1, 12, 11, 0, 0, TimeSpan.FromHours(1)),
        Summary = "Product training",
        Description = "Getting started, " + new string('é', 10),
        Organizer = "trainer@onboardingbpm.local",
        Attendees = ["ana@acme.test"],
    };
}

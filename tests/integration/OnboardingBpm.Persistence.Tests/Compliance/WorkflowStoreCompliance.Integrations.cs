using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Integrations.Runs;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Persistence.Stores;

namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>The integrations' tables: the mail outbox, alerts and the sync audit log.</summary>
public abstract partial class WorkflowStoreCompliance
{
    private const string FaultingFlow = """
        {"definitionId": "faulting", "name": "Faulting",
         "root": {"activities": [
           {"id": "start", "type": "Start"},
           {"id": "boom", "type": "Fault", "inputs": {"message": "the CRM said no"}}],
          "connections": [{"source": {"activity": "start"}, "target": {"activity": "boom"}}]}}
        """;

    private IMailOutbox Mails => Engine.Services.GetRequiredService<IMailOutbox>();

    private IAlertStore Alerts => Engine.Services.GetRequiredService<IAlertStore>();

    [Fact]
    public async Task a_mail_stored_twice_under_one_id_is_kept_once_and_found_by_any_recipient()
    {
        var mail = new MailMessage
        {
            Id = "txn-1",
            To = ["Ada@Example.com"],
            Cc = ["sup@example.com"],
            Subject = "Welcome",
            HtmlBody = "<p>Hi</p>",
            Attachments = [new MailAttachment("plan.csv", "text/csv", "a,b\r\n"u8.ToArray())],
            Category = "welcome",
        };

        Assert.True(await Mails.AddAsync(new StoredMail(mail, Engine.Clock.GetUtcNow(), "outbox")));
        Assert.False(await Mails.AddAsync(new StoredMail(mail with { Subject = "Again" }, Engine.Clock.GetUtcNow(), "outbox")));

        var byCc = Assert.Single(await Mails.ListAsync(new MailQuery(Recipient: "sup@example.com")));
        Assert.Equal("Welcome", byCc.Message.Subject);
        Assert.Equal("a,b\r\n"u8.ToArray(), byCc.Message.Attachments[0].Content);
        Assert.Single(await Mails.ListAsync(new MailQuery(Recipient: "ada@example.com")));
        Assert.Empty(await Mails.ListAsync(new MailQuery(Recipient: "a@example.com")));
        Assert.Empty(await Mails.ListAsync(new MailQuery(Category: "alert")));
    }

    [Fact]
    public async Task a_stored_mail_keeps_no_address_subject_or_body_in_plain_text()
    {
        var mail = new MailMessage
        {
            Id = "txn-private",
            To = ["dana.scully@customer.example"],
            Subject = "Welcome, Scully Labs",
            TextBody = "Hello Dana Scully",
            Category = "welcome",
        };

        await Mails.AddAsync(new StoredMail(mail, Engine.Clock.GetUtcNow(), "outbox"));

        var raw = string.Join("|", Assert.Single(await RawAsync("SELECT subject, recipients, content FROM mail_outbox WHERE id = 'txn-private'")));
        Assert.DoesNotContain("scully", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Welcome", raw, StringComparison.Ordinal);
        var found = Assert.Single(await Mails.ListAsync(new MailQuery(Recipient: "Dana.Scully@customer.example")));
        Assert.Equal(("Welcome, Scully Labs", "Hello Dana Scully"), (found.Message.Subject, found.Message.TextBody));
    }

    [Fact]
    public async Task deleting_the_mails_of_a_recipient_leaves_the_others()
    {
        await Mails.AddAsync(new StoredMail(new MailMessage { Id = "to-dana", To = ["dana@customer.example"], Subject = "A" }, Engine.Clock.GetUtcNow(), "outbox"));
        await Mails.AddAsync(new StoredMail(new MailMessage { Id = "cc-dana", To = ["lead@example.com"], Cc = ["Dana@Customer.example"], Subject = "B" }, Engine.Clock.GetUtcNow(), "outbox"));
        await Mails.AddAsync(new StoredMail(new MailMessage { Id = "to-fox", To = ["fox@customer.example"], Subject = "C" }, Engine.Clock.GetUtcNow(), "outbox"));

        Assert.Equal(2, await Mails.DeleteToRecipientAsync("dana@customer.example"));

        Assert.Equal(["to-fox"], (await Mails.ListAsync(new MailQuery())).Select(m => m.Message.Id));
    }

    [Fact]
    public async Task a_mail_stored_before_encryption_is_still_read_and_found()
    {
        await using (var db = Engine.Services.GetRequiredService<WorkflowContexts>().Create())
        {
            db.Mails.Add(new MailRow
            {
                Id = "legacy-1",
                StoredAt = Engine.Clock.GetUtcNow(),
                Transport = "outbox",
                Subject = "Old",
                Recipients = ",old@customer.example,",
                Category = "welcome",
                Content = """{"id":"legacy-1","to":["old@customer.example"],"cc":[],"subject":"Old","textBody":"Kept","attachments":[]}""",
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var found = Assert.Single(await Mails.ListAsync(new MailQuery(Recipient: "old@customer.example")));

        Assert.Equal(("legacy-1", "Kept"), (found.Message.Id, found.Message.TextBody));
    }

    [Fact]
    public async Task an_alert_is_raised_once_per_dedup_key_and_acknowledged_once()
    {
        var alert = new Alert { Id = "a1", DedupKey = "sync:1", Kind = AlertKinds.SyncFailure, Audience = AlertAudiences.PlatformEngineering, Title = "Sync failed", CreatedAt = Engine.Clock.GetUtcNow() };

        Assert.True(await Alerts.AddAsync(alert));
        Assert.False(await Alerts.AddAsync(alert with { Id = "a2" }));
        Assert.True(await Alerts.AcknowledgeAsync("a1", "pat", Engine.Clock.GetUtcNow()));
        Assert.False(await Alerts.AcknowledgeAsync("a1", "pat", Engine.Clock.GetUtcNow()));

        var stored = Assert.Single(await Alerts.ListAsync(new AlertQuery(Audience: AlertAudiences.PlatformEngineering)));
        Assert.Equal("pat", stored.AcknowledgedBy);
        Assert.Empty(await Alerts.ListAsync(new AlertQuery(OpenOnly: true)));
    }

    [Fact]
    public async Task an_incident_reaches_platform_engineering_as_one_alert_even_when_its_message_is_dispatched_again()
    {
        await Engine.Definitions.PublishAsync(FaultingFlow, "test");
        var instance = await Engine.StartAsync("faulting");
        await Engine.Scheduler.RunDueAsync();
        await Engine.Runtime.DispatchPendingAsync();

        var alert = Assert.Single(await Alerts.ListAsync(new AlertQuery(Audience: AlertAudiences.PlatformEngineering)));
        Assert.Equal(AlertKinds.Incident, alert.Kind);
        Assert.Equal(instance.Id, alert.InstanceId);
        Assert.Contains("the CRM said no", alert.Detail);
    }

    [Fact]
    public async Task a_sync_run_saved_again_under_its_id_replaces_the_first_record()
    {
        var log = Engine.Services.GetRequiredService<IIntegrationRunLog>();
        var run = new IntegrationRun { Id = "run-1", Kind = "crm-sync", StartedAt = Engine.Clock.GetUtcNow(), Status = IntegrationRunStatus.Failed, Error = "timeout" };

        await log.SaveAsync(run);
        await log.SaveAsync(run with { Status = IntegrationRunStatus.Succeeded, Error = null, Summary = new JsonObject { ["checked"] = 3 } });

        var stored = Assert.Single(await log.ListAsync("crm-sync"));
        Assert.Equal(IntegrationRunStatus.Succeeded, stored.Status);
        Assert.Equal(3, stored.Summary!["checked"]!.GetValue<int>());
    }
}

using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Integrations.Tests.Email;

public sealed class SendEmailTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task send_email_puts_exactly_one_mail_in_the_outbox_even_when_its_message_is_dispatched_twice()
    {
        var clock = new FakeTimeProvider();
        var flaky = new FailsOnceAfterSending();
        await using var services = EmailServices.Build(clock, configure: s => s.AddSingleton<IOutboxHandler>(flaky));
        var instance = await RunAsync(services, Welcome("welcome"));

        clock.Advance(TimeSpan.FromMinutes(2));
        var redispatched = await services.GetRequiredService<WorkflowRuntime>().DispatchPendingAsync(cancellationToken: Cancel);

        Assert.Equal((1, 2), (redispatched, flaky.Calls));
        var stored = Assert.Single(await services.GetRequiredService<IMailOutbox>().ListAsync(new MailQuery(), Cancel));
        var execution = (await services.GetRequiredService<WorkflowStores>().Journal.ListAsync(instance.Id, 0, 100, Cancel)).Items.First(e => e.ActivityId == "mail").ExecutionId;
        Assert.Equal($"{instance.Id}:{execution}", stored.Message.Id);
        Assert.Equal((instance.Id, "welcome", "outbox"), (stored.Message.InstanceId, stored.Message.Category, stored.Transport));
        Assert.Equal(["ana@acme.test", "bo@acme.test"], stored.Message.To);
        Assert.Equal("Welcome to OnboardingBpm, Acme", stored.Message.Subject);
        Assert.Contains("case C-17", stored.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>C-17</strong>", stored.Message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_missing_template_faults_the_activity_with_a_clear_message()
    {
        await using var services = EmailServices.Build(new FakeTimeProvider());

        var instance = await RunAsync(services, Welcome("welcome-v2"));

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(await services.GetRequiredService<WorkflowStores>().Incidents.ListAsync(instance.Id, true, Cancel));
        Assert.Equal("mail", incident.ActivityId);
        Assert.StartsWith("Email template 'welcome-v2' not found", incident.Message, StringComparison.Ordinal);
        Assert.Empty(await services.GetRequiredService<IMailOutbox>().ListAsync(new MailQuery(Recipient: "ana@acme.test"), Cancel));
    }

    [Fact]
    public async Task a_subject_and_body_with_attachments_need_no_template()
    {
        await using var services = EmailServices.Build(new FakeTimeProvider());
        var inputs = new JsonObject
        {
            ["to"] = "ops@onboardingbpm.local",
            ["cc"] = new JsonArray("lead@onboardingbpm.local"),
            ["subject"] = new JsonObject { ["expression"] = new JsonObject { ["type"] = "Template", ["value"] = "Report for {{variables.customerName}}" } },
            ["body"] = new JsonObject { ["expression"] = new JsonObject { ["type"] = "Template", ["value"] = "Case {{variables.caseId}} attached." } },
            ["attachments"] = new JsonArray(
                new JsonObject { ["fileName"] = "case.csv", ["contentType"] = "text/csv", ["content"] = "id\r\nC-17\r\n" },
                new JsonObject { ["fileName"] = "logo.png", ["contentType"] = "image/png", ["contentBase64"] = Convert.ToBase64String([1, 2, 3]) }),
            ["category"] = "report",
        };

        var instance = await RunAsync(services, Definition(inputs));

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var mail = Assert.Single(await services.GetRequiredService<IMailOutbox>().ListAsync(new MailQuery(Category: "report"), Cancel)).Message;
        Assert.Equal(("Report for Acme", "Case C-17 attached.", null), (mail.Subject, mail.TextBody, mail.HtmlBody));
        Assert.Equal(["lead@onboardingbpm.local"], mail.Cc);
        Assert.Equal("id\r\nC-17\r\n", Encoding.UTF8.GetString(mail.Attachments[0].Content));
        Assert.Equal([1, 2, 3], mail.Attachments[1].Content);
    }

    private static async Task<WorkflowInstance> RunAsync(ServiceProvider services, string definition)
    {
        await services.GetRequiredService<DefinitionService>().PublishAsync(definition, "test", Cancel);
        return (await services.GetRequiredService<WorkflowRuntime>().StartAsync(new StartWorkflowRequest("send-email"), Cancel)).Instance;
    }

    private static string Welcome(string template) =>
        Definition(new JsonObject { ["to"] = new JsonArray("ana@acme.test", "bo@acme.test"), ["template"] = template });

    private static string Definition(JsonObject inputs) => new JsonObject
    {
        ["definitionId"] = "send-email",
        ["name"] = "Send email",
        ["variables"] = new JsonArray(
            new JsonObject { ["name"] = "customerName", ["type"] = "String", ["default"] = "Acme" },
            new JsonObject { ["name"] = "contactName", ["type"] = "String", ["default"] = "Ana" },
            new JsonObject { ["name"] = "caseId", ["type"] = "String", ["default"] = "C-17" }),
        ["root"] = new JsonObject
        {
            ["type"] = "Flowchart",
            ["activities"] = new JsonArray(
                new JsonObject { ["id"] = "start", ["type"] = "Start" },
                new JsonObject { ["id"] = "mail", ["type"] = "SendEmail", ["inputs"] = inputs }),
            ["connections"] = new JsonArray(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = "start" },
                ["target"] = new JsonObject { ["activity"] = "mail" },
            }),
        },
    }.ToJsonString();

    /// <summary>
    /// Runs after the real handler and fails the first dispatch, as a crash between sending and marking the
    /// message dispatched would: the message stays pending and is dispatched again.
    /// </summary>
    private sealed class FailsOnceAfterSending : IOutboxHandler
    {
        public int Calls { get; private set; }

        public string Type => SendEmail.OutboxType;

        public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken) =>
            ++Calls == 1 ? throw new IOException("connection lost after sending") : Task.CompletedTask;
    }
}

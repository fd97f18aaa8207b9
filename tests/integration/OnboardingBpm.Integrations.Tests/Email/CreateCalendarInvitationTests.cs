using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Integrations.Email.Attachments;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Integrations.Tests.Email;

public sealed class CreateCalendarInvitationTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task the_invitation_is_attached_to_the_mail_as_an_ics_request_lasting_its_duration()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 9, 30, 0, TimeSpan.Zero));
        await using var services = EmailServices.Build(clock);

        var instance = await RunAsync(services, new JsonObject
        {
            ["start"] = "2026-04-08T15:00:00Z",
            ["duration"] = "PT2H",
            ["summary"] = "End-user training, Acme",
            ["organizer"] = "onboarding@onboardingbpm.local",
            ["attendees"] = new JsonArray("ana@acme.test", "bo@acme.test"),
            ["uid"] = "training:C-17",
        });

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var mail = Assert.Single(await services.GetRequiredService<IMailOutbox>().ListAsync(new MailQuery(Category: "training"), Cancel)).Message;
        var attachment = Assert.Single(mail.Attachments);
        Assert.Equal(("training.ics", CalendarInvitation.ContentType), (attachment.FileName, attachment.ContentType));
        var lines = Encoding.UTF8.GetString(attachment.Content).Split("\r\n");
        Assert.Contains("METHOD:REQUEST", lines);
        Assert.Contains("UID:training:C-17@onboardingbpm", lines);
        Assert.Contains("DTSTAMP:20260401T093000Z", lines);
        Assert.Contains("DTSTART:20260408T150000Z", lines);
        Assert.Contains("DTEND:20260408T170000Z", lines);
        Assert.Contains("SUMMARY:End-user training\\, Acme", lines);
        Assert.Equal(2, lines.Count(l => l.StartsWith("ATTENDEE;", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task without_a_uid_the_step_names_the_meeting_after_its_idempotency_key()
    {
        await using var services = EmailServices.Build(new FakeTimeProvider());

        var instance = await RunAsync(services, new JsonObject { ["start"] = "2026-04-08T15:00:00Z", ["summary"] = "Kickoff", ["organizer"] = "onboarding@onboardingbpm.local" });

        var mail = Assert.Single(await services.GetRequiredService<IMailOutbox>().ListAsync(new MailQuery(Category: "training"), Cancel)).Message;
        var ics = Encoding.UTF8.GetString(mail.Attachments[0].Content).Replace("\r\n ", "", StringComparison.Ordinal);
        var execution = (await services.GetRequiredService<WorkflowStores>().Journal.ListAsync(instance.Id, 0, 100, Cancel)).Items.First(e => e.ActivityId == "invite").ExecutionId;
        Assert.Contains($"UID:{instance.Id}:{execution}@onboardingbpm\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND:20260408T160000Z", ics, StringComparison.Ordinal);
    }

    private static async Task<WorkflowInstance> RunAsync(ServiceProvider services, JsonObject invitation)
    {
        invitation["fileName"] = "training.ics";
        var definition = new JsonObject
        {
            ["definitionId"] = "invite",
            ["name"] = "Invite",
            ["variables"] = new JsonArray(new JsonObject { ["name"] = "invitation", ["type"] = "Object" }),
            ["root"] = new JsonObject
            {
                ["type"] = "Flowchart",
                ["activities"] = new JsonArray(
                    new JsonObject { ["id"] = "start", ["type"] = "Start" },
                    new JsonObject { ["id"] = "invite", ["type"] = "CreateCalendarInvitation", ["inputs"] = invitation, ["outputs"] = new JsonObject { ["Attachment"] = "invitation" } },
                    new JsonObject
                    {
                        ["id"] = "mail",
                        ["type"] = "SendEmail",
                        ["inputs"] = new JsonObject
                        {
                            ["to"] = "ana@acme.test",
                            ["subject"] = "Your training",
                            ["body"] = "See the invitation.",
                            ["category"] = "training",
                            ["attachments"] = new JsonObject { ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "[variables.invitation]" } },
                        },
                    }),
                ["connections"] = new JsonArray(
                    new JsonObject { ["source"] = new JsonObject { ["activity"] = "start" }, ["target"] = new JsonObject { ["activity"] = "invite" } },
                    new JsonObject { ["source"] = new JsonObject { ["activity"] = "invite" }, ["target"] = new JsonObject { ["activity"] = "mail" } }),
            },
        };
        await services.GetRequiredService<DefinitionService>().PublishAsync(definition.ToJsonString(), "test", Cancel);
        return (await services.GetRequiredService<WorkflowRuntime>().StartAsync(new StartWorkflowRequest("invite"), Cancel)).Instance;
    }
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Server.Tests.Processes;

/// <summary>
/// Process 7 end to end: the welcome kit with the first training call as an .ics invitation, and reminders of the
/// customer's pending steps every 2 days (3 at most) until an agent confirms them.
/// </summary>
public sealed class WelcomeTrainingTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>, IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(2);

    private readonly OnboardingDriver driver = new(factory);

    [Fact]
    public async Task the_welcome_kit_carries_the_first_training_call_as_a_valid_calendar_invitation()
    {
        var customer = await driver.SubmitAsync("Scully Labs");
        var startedAt = factory.Clock.GetUtcNow();
        await StartAsync(customer);

        var kit = Assert.Single(await driver.MailsAsync(customer.Email, "welcome-kit"))!;
        Assert.Contains("Scully Labs", kit["subject"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["first-training-call.ics"], kit["attachments"]!.AsArray().Select(a => a!.GetValue<string>()));
        var download = await driver.Admin.GetAsync($"/api/mail/{Uri.EscapeDataString(kit["id"]!.GetValue<string>())}/attachments/0", TestContext.Current.CancellationToken);
        Assert.Equal("text/calendar", download.Content.Headers.ContentType!.MediaType);
        var ics = await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var lines = ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0"], lines[..2]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("METHOD:REQUEST", lines);
        Assert.Contains($"UID:first-training:{customer.Case.Id}@onboardingbpm", lines);
        Assert.Contains($"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{customer.Email}", lines);
        var start = Instant(lines, "DTSTART:");
        Assert.Equal(TimeSpan.FromHours(4), Instant(lines, "DTEND:") - start);
        Assert.Equal(TimeSpan.FromHours(15), start.TimeOfDay);
        Assert.True(start.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.InRange(start - startedAt, TimeSpan.FromDays(6), TimeSpan.FromDays(10));
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        var body = (await driver.Admin.GetFromJsonAsync<JsonObject>($"/api/mail/{Uri.EscapeDataString(kit["id"]!.GetValue<string>())}", TestContext.Current.CancellationToken))!;
        Assert.Contains("Administrator training", body["textBody"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task pending_steps_are_reminded_once_per_interval_and_three_times_at_most()
    {
        var customer = await driver.SubmitAsync();
        var id = await StartAsync(customer);

        await driver.AdvanceAsync(Interval - TimeSpan.FromMinutes(1));
        Assert.Empty(await RemindersAsync(customer));
        await driver.AdvanceAsync(TimeSpan.FromMinutes(2));
        Assert.Single(await RemindersAsync(customer));
        await driver.AdvanceAsync(Interval / 2);
        Assert.Single(await RemindersAsync(customer));
        await driver.AdvanceAsync(Interval / 2);
        Assert.Equal(2, (await RemindersAsync(customer)).Count);
        await driver.AdvanceAsync(Interval);
        await driver.AdvanceAsync(Interval);
        await driver.AdvanceAsync(Interval);

        var reminders = await RemindersAsync(customer);
        Assert.Equal(3, reminders.Count);
        Assert.Contains("3 onboarding steps", reminders[0]!["subject"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.Suspended, (await driver.InstanceAsync(id)).Status);
        Assert.Single(await driver.TasksAsync(id, "confirm", activeOnly: true));
    }

    [Fact]
    public async Task confirming_the_pre_training_steps_stops_the_reminders_and_ends_the_process()
    {
        var customer = await driver.SubmitAsync();
        var id = await StartAsync(customer);
        await driver.AdvanceAsync(Interval + TimeSpan.FromMinutes(1));
        Assert.Single(await RemindersAsync(customer));

        await driver.CompleteAsync(id, "confirm", "Done", new { trainingAccepted = true, participantsReceived = true, questionnaireAnswered = true });
        await driver.AdvanceAsync(Interval);
        await driver.AdvanceAsync(Interval);

        Assert.Single(await RemindersAsync(customer));
        Assert.Equal(WorkflowStatus.Finished, (await driver.InstanceAsync(id)).Status);
    }

    private Task<string> StartAsync(SubmittedCustomer customer) => driver.StartAsync("welcome-training", customer, new
    {
        caseId = customer.Case.Id,
        segment = "enterprise",
        customerName = customer.Company,
        contactEmail = customer.Email,
        contactName = "Fox Mulder",
    });

    private Task<JsonArray> RemindersAsync(SubmittedCustomer customer) => driver.MailsAsync(customer.Email, "onboarding-reminder");

    private static DateTimeOffset Instant(string[] lines, string prefix) =>
        DateTimeOffset.ParseExact(lines.Single(l => l.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public void Dispose() => driver.Dispose();
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Server.Tests.Cases;
using OnboardingBpm.Server.Tests.Kpis;
using OnboardingBpm.Server.Tests.Processes;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Server.Tests.Tickets;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Tests.Security;

/// <summary>
/// One segment's real data. Through the API and its workflows: an onboarding request (the customer with a contact,
/// the case, the request's instance waiting on its first-contact task), a ticket raised by the segment's agent, and
/// an incident of a step run for the case. Through the services and stores the server uses: an escalation, a survey
/// answer with a comment, an alert for the segment's agents, a training invitation mailed with an .ics, and a
/// reported KPI period holding this segment only. Names and ids are unique to the world, so a leak cannot hide
/// among the data other tests made.
/// </summary>
internal sealed class SegmentWorld
{
    /// <summary>The route values the world has a sample for; the access matrix may use no other.</summary>
    public static readonly IReadOnlySet<string> RouteValueNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "definitionId", "version", "instanceId", "incidentId", "bookmarkId", "eventName", "path", "mailId", "index",
        "taskId", "alertId", "caseId", "ticketId", "articleId", "customerId", "start",
    };

    /// <summary>Definition that faults on purpose, so the world has an incident (the onboarding steps do not fail on the simulators).</summary>
    private const string FailingStep = "failing-step-for-access-tests";

    /// <summary>One reported period per segment (biweekly from the 2026-01-05 anchor, before the test clock), holding that segment only.</summary>
    private static readonly Dictionary<string, DateTimeOffset> ReportedPeriod = new(StringComparer.Ordinal)
    {
        ["enterprise"] = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero),
        ["smb"] = new(2026, 1, 19, 0, 0, 0, TimeSpan.Zero),
    };

    private SegmentWorld(string segment, string agent, Dictionary<string, string> values, IReadOnlyList<string> secrets)
    {
        Segment = segment;
        Agent = agent;
        Values = values;
        Secrets = secrets;
    }

    public string Segment { get; }

    /// <summary>The demo agent of this segment: the caller with access next to the one without.</summary>
    public string Agent { get; }

    /// <summary>Route values (<see cref="RouteValueNames"/>) and filter values and markers (segment, email, escalationId, failedInstanceId) by name.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Everything of the world another segment's agent must never see: its ids, names, address, texts.</summary>
    public IReadOnlyList<string> Secrets { get; }

    public static string AgentOf(string segment) => segment switch
    {
        "enterprise" => DemoUsers.EnterpriseAgent,
        "smb" => DemoUsers.SmbAgent,
        _ => throw new ArgumentOutOfRangeException(nameof(segment), segment, "no demo agent works this segment"),
    };

    /// <summary>The pattern with its route values (and {segment}, {email}, ...) taken from the world.</summary>
    public string Fill(string pattern) => AccessMatrix.Fill(pattern, name =>
        Values.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"The world has no sample for {{{name}}} in {pattern}."));

    /// <summary>The secrets a response body shows, but for those the request itself carried (a 404 may name the id asked for).</summary>
    public IEnumerable<string> LeaksIn(string body, string request) =>
        Secrets.Where(s => !request.Contains(s, StringComparison.Ordinal) && body.Contains(s, StringComparison.Ordinal));

    public static async Task<SegmentWorld> SeedAsync(ScheduledByTestServerFactory factory, string segment)
    {
        var ct = TestContext.Current.CancellationToken;
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var company = $"Hidden {segment} {suffix} Ltd";
        var contactName = $"Dana {suffix}";
        using var driver = new OnboardingDriver(factory);
        using var agent = factory.CreateClientAs(AgentOf(segment));

        var submitted = await driver.SubmitAsync(company, segment, contactName);
        var requestInstance = await driver.InstanceAsync(submitted.Case.WorkflowInstanceId!);
        var task = await driver.TaskAsync(requestInstance.Id, "first-contact");
        var customer = await factory.Services.GetRequiredService<ICustomerStore>().FindAsync(submitted.Case.CustomerId, SegmentScope.All, ct)
            ?? throw new InvalidOperationException($"The onboarding request registered no customer {submitted.Case.CustomerId}.");
        var seeded = new SeededCustomer(customer, submitted.Case);
        var escalation = await seeded.EscalateAsync(factory);
        var comment = $"Nobody called back {suffix}";
        await seeded.AnswerSurveyAsync(factory, submitted.Case.Id, 1, comment);
        var ticket = await TicketDesk.RaiseAsync(agent, customer.Id);
        var alertId = await RaiseAlertAsync(factory, segment, company, submitted.Case.Id, requestInstance.Id);
        var mailId = await MailInvitationAsync(factory, submitted, contactName, requestInstance.Id);
        var (failedInstanceId, incidentId) = await FailStepAsync(factory, driver, submitted);
        await factory.Services.GetRequiredService<IKpiSnapshotStore>().SaveReportAsync(SeededKpiSnapshots.Report(ReportedPeriod[segment], [segment]), ct);

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["definitionId"] = requestInstance.DefinitionId,
            ["version"] = requestInstance.DefinitionVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["instanceId"] = requestInstance.Id,
            ["incidentId"] = incidentId,
            ["bookmarkId"] = requestInstance.Bookmarks.First(b => b.Type == BookmarkTypes.UserTask).Id,
            ["eventName"] = "case.resolved",
            ["path"] = "onboarding-requests",
            ["mailId"] = mailId,
            ["index"] = "0",
            ["taskId"] = task.Id,
            ["alertId"] = alertId,
            ["caseId"] = submitted.Case.Id,
            ["ticketId"] = ticket["id"]!.GetValue<string>(),
            ["articleId"] = await TicketDesk.PublishArticleAsync(factory, versions: 1),
            ["customerId"] = customer.Id,
            ["start"] = ReportedPeriod[segment].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["segment"] = segment,
            ["email"] = submitted.Email,
            ["escalationId"] = escalation.Id,
            ["failedInstanceId"] = failedInstanceId,
        };
        string[] secrets =
        [
            customer.Id, submitted.Case.Id, submitted.Case.TransactionId, requestInstance.Id, task.Id, values["bookmarkId"],
            values["ticketId"], ticket["subject"]!.GetValue<string>(), escalation.Id, alertId, mailId, failedInstanceId, incidentId,
            company, contactName, submitted.Email, comment,
        ];
        return new SegmentWorld(segment, AgentOf(segment), values, secrets);
    }

    /// <summary>An early warning as the health check raises it: for the segment's agents, naming the customer.</summary>
    private static async Task<string> RaiseAlertAsync(ServerFactory factory, string segment, string company, string caseId, string instanceId)
    {
        var id = $"alert-{Guid.NewGuid():N}";
        await factory.Services.GetRequiredService<AlertService>().RaiseAsync(
            new Alert
            {
                Id = id,
                DedupKey = id,
                Kind = "health-warning",
                Audience = $"segment:{segment}",
                Title = $"{company} has gone quiet",
                Detail = $"Case {caseId}: no contact for 48 hours.",
                InstanceId = instanceId,
            },
            TestContext.Current.CancellationToken);
        return id;
    }

    /// <summary>The welcome training's invitation, sent through the mailer the workflows use, with its calendar file.</summary>
    private static async Task<string> MailInvitationAsync(ServerFactory factory, SubmittedCustomer customer, string contactName, string instanceId)
    {
        var id = $"training-{Guid.NewGuid():N}";
        await factory.Services.GetRequiredService<IMailer>().SendAsync(
            new MailMessage
            {
                Id = id,
                To = [customer.Email],
                Subject = $"Your training, {customer.Company}",
                TextBody = $"Dear {contactName}, the invitation is attached.",
                Attachments = [new MailAttachment("training.ics", "text/calendar", Encoding.UTF8.GetBytes($"BEGIN:VCALENDAR\r\nSUMMARY:Training {customer.Company}\r\nEND:VCALENDAR\r\n"))],
                Category = "training",
                InstanceId = instanceId,
            },
            TestContext.Current.CancellationToken);
        return id;
    }

    /// <summary>Runs a step that faults for the case (correlated by its id), which leaves an open incident.</summary>
    private static async Task<(string InstanceId, string IncidentId)> FailStepAsync(ScheduledByTestServerFactory factory, OnboardingDriver driver, SubmittedCustomer customer)
    {
        var definition = new JsonObject
        {
            ["definitionId"] = FailingStep,
            ["name"] = "Failing step",
            ["root"] = JsonNode.Parse("""
                {"activities": [{"id": "start", "type": "Start"}, {"id": "boom", "type": "Fault", "inputs": {"message": "the vendor refused the step"}}],
                 "connections": [{"source": {"activity": "start"}, "target": {"activity": "boom"}}]}
                """),
        };
        var imported = await driver.Admin.PostAsJsonAsync("/api/workflow-definitions/import", definition, TestContext.Current.CancellationToken);
        Assert.True(imported.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"import: {(int)imported.StatusCode}");
        var instanceId = await driver.StartAsync(FailingStep, customer, new { caseId = customer.Case.Id });
        var incidents = await factory.Services.GetRequiredService<WorkflowStores>().Incidents.ListAsync(instanceId, openOnly: true, TestContext.Current.CancellationToken);
        return (instanceId, Assert.Single(incidents).Id);
    }
}

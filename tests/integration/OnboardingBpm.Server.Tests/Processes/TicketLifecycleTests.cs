using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Server.Tests.Tickets;

namespace OnboardingBpm.Server.Tests.Processes;

/// <summary>
/// Process 3 end to end: a ticket raised for a registered customer is prioritised, worked by the segment's agents,
/// resolved against the knowledge base, reopened within 5 days or closed, and escalated once after 72 hours.
/// </summary>
public sealed class TicketLifecycleTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    private readonly HttpClient ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);
    private readonly HttpClient admin = factory.CreateClientAs(DemoUsers.Admin);

    [Fact]
    public async Task an_agent_resolving_at_first_contact_with_an_outdated_article_is_flagged_and_reported_to_salesforce_and_segment()
    {
        var customer = await TicketDesk.SaveCustomerAsync(factory, "enterprise");
        var articleId = await TicketDesk.PublishArticleAsync(factory, versions: 2);
        var raised = await TicketDesk.RaiseAsync(ada, customer.Id, urgency: "High");
        var ticketId = raised["id"]!.GetValue<string>();
        Assert.Equal(("Urgent", "New"), (raised["priority"]!.GetValue<string>(), raised["status"]!.GetValue<string>()));
        await factory.RunSchedulerAsync();

        var task = await TicketDesk.TaskAsync(ada, ticketId, "agent");
        Assert.NotNull(task);
        Assert.Equal("Assigned", (await TicketDesk.TicketAsync(ada, ticketId))["status"]!.GetValue<string>());
        var done = await TicketDesk.CompleteAsync(ada, task, "Resolved", new { kbArticleId = articleId, kbArticleVersion = 1, resolution = "Restarted the client." });
        await factory.RunSchedulerAsync();

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var ticket = await TicketDesk.TicketAsync(ada, ticketId);
        Assert.Equal("Resolved", ticket["status"]!.GetValue<string>());
        Assert.Equal((articleId, 1), (ticket["kbArticleId"]!.GetValue<string>(), ticket["kbArticleVersion"]!.GetValue<int>()));
        Assert.True(ticket["kbOutdated"]!.GetValue<bool>());
        Assert.True(ticket["firstContactResolution"]!.GetValue<bool>());

        var salesforceCase = Assert.Single(await factory.SimulatorAsync<JsonArray>("salesforce", "__sim/salesforce/cases"), c => c!["Subject"]?.GetValue<string>() == raised["subject"]!.GetValue<string>())!;
        Assert.Equal(("Support", "Closed", "enterprise"), (salesforceCase["Type"]!.GetValue<string>(), salesforceCase["Status"]!.GetValue<string>(), salesforceCase["Customer_Segment__c"]!.GetValue<string>()));
        Assert.Equal($"KB {articleId} v1 (outdated)", salesforceCase["Reason"]!.GetValue<string>());
        var events = (await factory.SimulatorAsync<JsonObject>("segment", "__sim/segment/events"))["events"]!.AsArray();
        var resolved = Assert.Single(events, e => e!["event"]?.GetValue<string>() == "Ticket Resolved" && e["userId"]?.GetValue<string>() == customer.Id)!;
        Assert.Equal(ticketId, resolved["properties"]!["ticketId"]!.GetValue<string>());
        Assert.True(resolved["properties"]!["kbOutdated"]!.GetValue<bool>());
        Assert.True(resolved["properties"]!["firstContactResolution"]!.GetValue<bool>());
    }

    [Fact]
    public async Task a_reopen_within_five_days_clears_first_contact_resolution_and_gives_the_agents_a_new_task()
    {
        var (ticketId, firstTaskId) = await RaiseAndResolveAsync("enterprise");
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await factory.RunSchedulerAsync();

        var reopened = await ada.PostAsync($"/api/tickets/{ticketId}/reopen", null, TestContext.Current.CancellationToken);
        await factory.RunSchedulerAsync();

        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        var ticket = await ServerFactory.ReadObjectAsync(reopened);
        Assert.Equal(("Reopened", 1, false), (ticket["status"]!.GetValue<string>(), ticket["reopenCount"]!.GetValue<int>(), ticket["firstContactResolution"]!.GetValue<bool>()));
        var task = await TicketDesk.TaskAsync(ada, ticketId, "agent");
        Assert.NotNull(task);
        Assert.NotEqual(firstTaskId, task["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await ada.PostAsync($"/api/tickets/{ticketId}/reopen", null, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task a_ticket_not_reopened_within_five_days_is_closed_never_escalated_and_can_no_longer_be_reopened()
    {
        var (ticketId, _) = await RaiseAndResolveAsync("enterprise");

        factory.Clock.Advance(TimeSpan.FromDays(5) + TimeSpan.FromMinutes(1));
        await factory.RunSchedulerAsync();

        var ticket = await TicketDesk.TicketAsync(ada, ticketId);
        Assert.Equal(("Closed", true), (ticket["status"]!.GetValue<string>(), ticket["firstContactResolution"]!.GetValue<bool>()));
        Assert.Equal(HttpStatusCode.Conflict, (await ada.PostAsync($"/api/tickets/{ticketId}/reopen", null, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Null(await factory.Services.GetRequiredService<IEscalationStore>().FindBySubjectAsync(EscalationSubject.Ticket, ticketId, SegmentScope.All, TestContext.Current.CancellationToken));
        Assert.Empty(await EscalationMailsAsync(ticketId));
    }

    [Fact]
    public async Task a_ticket_left_open_for_72_hours_is_escalated_once_with_a_mail_and_an_alert_and_stays_with_the_agents()
    {
        using var sam = factory.CreateClientAs(DemoUsers.SmbAgent);
        var customer = await TicketDesk.SaveCustomerAsync(factory, "smb");
        var raised = await TicketDesk.RaiseAsync(sam, customer.Id);
        var ticketId = raised["id"]!.GetValue<string>();
        await factory.RunSchedulerAsync();

        factory.Clock.Advance(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));
        await factory.RunSchedulerAsync();
        await factory.RunSchedulerAsync();
        factory.Clock.Advance(TimeSpan.FromHours(72));
        await factory.RunSchedulerAsync();

        var escalation = await factory.Services.GetRequiredService<IEscalationStore>().FindBySubjectAsync(EscalationSubject.Ticket, ticketId, SegmentScope.All, TestContext.Current.CancellationToken);
        Assert.Equal("smb.supervisors@onboardingbpm.local", escalation!.NotifiedSupervisor);
        Assert.Single(await EscalationMailsAsync(ticketId));
        using var maria = factory.CreateClientAs(DemoUsers.Supervisor);
        var alerts = await maria.GetFromJsonAsync<JsonArray>("/api/alerts?take=500", TestContext.Current.CancellationToken);
        Assert.Single(alerts!, a => a!["title"]!.GetValue<string>().Contains(ticketId, StringComparison.Ordinal));
        var salesforceCase = Assert.Single(await factory.SimulatorAsync<JsonArray>("salesforce", "__sim/salesforce/cases"), c => c!["Subject"]?.GetValue<string>() == raised["subject"]!.GetValue<string>())!;
        Assert.True(salesforceCase["IsEscalated"]!.GetValue<bool>());
        Assert.NotNull(await TicketDesk.TaskAsync(sam, ticketId, "agent"));
    }

    [Fact]
    public async Task an_agent_hands_a_ticket_to_the_supervisors_who_resolve_it_after_an_unknown_article_is_refused()
    {
        using var maria = factory.CreateClientAs(DemoUsers.Supervisor);
        var customer = await TicketDesk.SaveCustomerAsync(factory, "enterprise");
        var articleId = await TicketDesk.PublishArticleAsync(factory, versions: 1);
        var ticketId = (await TicketDesk.RaiseAsync(ada, customer.Id))["id"]!.GetValue<string>();
        await factory.RunSchedulerAsync();

        Assert.Equal(HttpStatusCode.OK, (await TicketDesk.CompleteAsync(ada, (await TicketDesk.TaskAsync(ada, ticketId, "agent"))!, "Escalate", new { })).StatusCode);
        await factory.RunSchedulerAsync();
        var supervisorTask = await TicketDesk.TaskAsync(maria, ticketId, "supervisor");
        Assert.NotNull(supervisorTask);
        Assert.Null(await TicketDesk.TaskAsync(ada, ticketId, "supervisor"));
        Assert.Single(await EscalationMailsAsync(ticketId));
        Assert.Equal(HttpStatusCode.OK, (await TicketDesk.CompleteAsync(maria, supervisorTask, "Resolved", new { kbArticleId = "kb-none", kbArticleVersion = 1 })).StatusCode);
        var again = await TicketDesk.TaskAsync(maria, ticketId, "supervisor");
        Assert.NotNull(again);
        Assert.Contains("there is no knowledge-base article kb-none", again["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await TicketDesk.CompleteAsync(maria, again, "Resolved", new { kbArticleId = articleId, kbArticleVersion = 1 })).StatusCode);
        await factory.RunSchedulerAsync();

        var ticket = await TicketDesk.TicketAsync(ada, ticketId);
        Assert.Equal(("Resolved", false, false), (ticket["status"]!.GetValue<string>(), ticket["firstContactResolution"]!.GetValue<bool>(), ticket["kbOutdated"]!.GetValue<bool>()));
        Assert.Equal(DemoUsers.Supervisor, ticket["assignee"]!.GetValue<string>());
        factory.Clock.Advance(TimeSpan.FromHours(73));
        await factory.RunSchedulerAsync();
        Assert.Single(await EscalationMailsAsync(ticketId));
    }

    [Fact]
    public async Task a_customer_who_is_not_registered_cannot_have_a_ticket()
    {
        var response = await ada.PostAsJsonAsync("/api/tickets", new { customerId = "cust-nobody", subject = "Help" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await ServerFactory.ReadObjectAsync(response))["errors"]!["customerId"]);
        var tickets = await admin.GetFromJsonAsync<JsonObject>("/api/tickets?customerId=cust-nobody", TestContext.Current.CancellationToken);
        Assert.Equal(0, tickets!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task incomplete_customer_data_sends_the_ticket_to_triage_before_the_agents()
    {
        var customer = await TicketDesk.SaveCustomerAsync(factory, "enterprise", tier: null);
        var raised = await TicketDesk.RaiseAsync(ada, customer.Id);
        var ticketId = raised["id"]!.GetValue<string>();
        await factory.RunSchedulerAsync();

        Assert.Equal("Triage", raised["status"]!.GetValue<string>());
        var triage = await TicketDesk.TaskAsync(ada, ticketId, "triage");
        Assert.NotNull(triage);
        Assert.Null(await TicketDesk.TaskAsync(ada, ticketId, "agent"));
        using var maria = factory.CreateClientAs(DemoUsers.Supervisor);
        Assert.Equal(HttpStatusCode.OK, (await TicketDesk.CompleteAsync(maria, triage, "Prioritised", new { priority = "Low" })).StatusCode);
        await factory.RunSchedulerAsync();

        var ticket = await TicketDesk.TicketAsync(ada, ticketId);
        Assert.Equal(("Low", "Assigned"), (ticket["priority"]!.GetValue<string>(), ticket["status"]!.GetValue<string>()));
        Assert.NotNull(await TicketDesk.TaskAsync(ada, ticketId, "agent"));
    }

    /// <summary>A ticket resolved at first contact with the current article version; returns it and the agent's task.</summary>
    private async Task<(string TicketId, string TaskId)> RaiseAndResolveAsync(string segment)
    {
        var customer = await TicketDesk.SaveCustomerAsync(factory, segment);
        var articleId = await TicketDesk.PublishArticleAsync(factory, versions: 1);
        var ticketId = (await TicketDesk.RaiseAsync(ada, customer.Id))["id"]!.GetValue<string>();
        await factory.RunSchedulerAsync();
        var task = await TicketDesk.TaskAsync(ada, ticketId, "agent");
        Assert.Equal(HttpStatusCode.OK, (await TicketDesk.CompleteAsync(ada, task!, "Resolved", new { kbArticleId = articleId, kbArticleVersion = 1 })).StatusCode);
        await factory.RunSchedulerAsync();
        var ticket = await TicketDesk.TicketAsync(ada, ticketId);
        Assert.Equal(("Resolved", true, false), (ticket["status"]!.GetValue<string>(), ticket["firstContactResolution"]!.GetValue<bool>(), ticket["kbOutdated"]!.GetValue<bool>()));
        return (ticketId, task!["id"]!.GetValue<string>());
    }

    private async Task<List<JsonNode?>> EscalationMailsAsync(string ticketId)
    {
        var mails = await admin.GetFromJsonAsync<JsonArray>("/api/mail?category=escalation&take=500", TestContext.Current.CancellationToken);
        return mails!.Where(m => m!["subject"]!.GetValue<string>().Contains(ticketId, StringComparison.Ordinal)).ToList();
    }
}

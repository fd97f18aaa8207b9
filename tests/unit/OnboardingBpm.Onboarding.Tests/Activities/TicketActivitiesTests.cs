using System.Text.Json.Nodes;
using OnboardingBpm.Onboarding.Activities;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Onboarding.Tickets;

namespace OnboardingBpm.Onboarding.Tests.Activities;

public sealed class TicketActivitiesTests
{
    private static async Task<Customer> AddCustomerAsync(ActivityHarness harness, string segment = "smb", string? tier = "standard")
    {
        var customer = new Customer
        {
            Id = $"cus-{Guid.NewGuid():N}",
            Name = "Acme Corp",
            Segment = segment,
            Tier = tier,
            Contacts = [new Contact("Dana", "dana@acme.example", null)],
        };
        await harness.Customers.SaveAsync(customer);
        return customer;
    }

    private static JsonObject Opening(string ticketId, string customerId, string? urgency = null) => new()
    {
        ["ticketId"] = ticketId,
        ["customerId"] = customerId,
        ["subject"] = "VPN drops every hour",
        ["urgency"] = urgency,
    };

    [Fact]
    public async Task a_registered_customer_gets_a_prioritised_ticket_due_in_72_hours()
    {
        await using var harness = new ActivityHarness();
        var customer = await AddCustomerAsync(harness, "enterprise");

        var run = await harness.RunAsync("OpenTicket", Opening("T-1", customer.Id, "High"), "Segment", "Priority");

        Assert.Equal(OpenTicket.Opened, await harness.PortOfStepAsync(run.Id));
        var ticket = await harness.Tickets.FindAsync("T-1", SegmentScope.All);
        Assert.Equal((customer.Id, "enterprise", TicketPriority.Urgent, TicketStatus.New), (ticket!.CustomerId, ticket.Segment, ticket.Priority, ticket.Status));
        Assert.Equal(harness.Clock.GetUtcNow().AddHours(72), ticket.SlaDueAt);
        Assert.Equal(("enterprise", "Urgent"), (run.Variables["Segment"]!.GetValue<string>(), run.Variables["Priority"]!.GetValue<string>()));
    }

    [Fact]
    public async Task an_unknown_customer_is_rejected_without_a_ticket()
    {
        await using var harness = new ActivityHarness();

        var run = await harness.RunAsync("OpenTicket", Opening("T-2", "cus-nobody"), "Reason");

        Assert.Equal(OpenTicket.Rejected, await harness.PortOfStepAsync(run.Id));
        Assert.Contains("not a registered customer", run.Variables["Reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await harness.Tickets.FindAsync("T-2", SegmentScope.All));
    }

    [Fact]
    public async Task incomplete_customer_data_sends_the_ticket_to_triage()
    {
        await using var harness = new ActivityHarness();
        var customer = await AddCustomerAsync(harness, tier: null);

        var run = await harness.RunAsync("OpenTicket", Opening("T-3", customer.Id), "Reason");
        var again = await harness.RunAsync("OpenTicket", Opening("T-3", customer.Id));

        Assert.Equal(OpenTicket.Triage, await harness.PortOfStepAsync(run.Id));
        Assert.Equal(OpenTicket.Triage, await harness.PortOfStepAsync(again.Id));
        Assert.Contains("no tier", run.Variables["Reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Triage, (await harness.Tickets.FindAsync("T-3", SegmentScope.All))!.Status);
    }

    [Fact]
    public async Task resolving_with_an_outdated_article_version_records_and_flags_it()
    {
        await using var harness = new ActivityHarness();
        var customer = await AddCustomerAsync(harness);
        await harness.RunAsync("OpenTicket", Opening("T-4", customer.Id));
        await harness.KnowledgeBase.PublishAsync("kb-vpn", "VPN drops", "Restart the client.", "kim", harness.Clock.GetUtcNow());
        await harness.KnowledgeBase.PublishAsync("kb-vpn", "VPN drops", "Update the client.", "kim", harness.Clock.GetUtcNow());

        var run = await harness.RunAsync("ResolveTicket", new JsonObject { ["ticketId"] = "T-4", ["kbArticleId"] = "kb-vpn", ["kbArticleVersion"] = 1, ["resolvedBy"] = "ada" }, "KbOutdated", "FirstContactResolution");

        Assert.Equal(ResolveTicket.Resolved, await harness.PortOfStepAsync(run.Id));
        Assert.True(run.Variables["KbOutdated"]!.GetValue<bool>());
        var ticket = await harness.Tickets.FindAsync("T-4", SegmentScope.All);
        Assert.Equal((TicketStatus.Resolved, "kb-vpn", 1, true, true, "ada"), (ticket!.Status, ticket.KbArticleId, ticket.KbArticleVersion, ticket.KbOutdated, ticket.FirstContactResolution, ticket.Assignee));
    }

    [Fact]
    public async Task opening_and_resolving_a_ticket_are_audited_once_each_as_the_workflow()
    {
        await using var harness = new ActivityHarness();
        var customer = await AddCustomerAsync(harness, "enterprise");
        await harness.KnowledgeBase.PublishAsync("kb-sso", "SSO loops", "Clear the cookie.", "kim", harness.Clock.GetUtcNow());
        var resolve = new JsonObject { ["ticketId"] = "T-A", ["kbArticleId"] = "kb-sso", ["kbArticleVersion"] = 1, ["resolvedBy"] = "ada" };

        await harness.RunAsync("OpenTicket", Opening("T-A", customer.Id));
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        await harness.RunAsync("ResolveTicket", resolve);
        await harness.RunAsync("ResolveTicket", resolve);

        var entries = (await harness.Audit.QueryAsync(new AuditQuery(SegmentScope.All) { ResourceId = "T-A" })).Items;
        Assert.Equal([AuditAction.Update, AuditAction.Create], entries.Select(e => e.Action));
        Assert.Equal(["workflow:run-resolveticket", "workflow:run-openticket"], entries.Select(e => e.Actor));
        Assert.All(entries, e => Assert.Equal(("enterprise", WorkflowAudit.Role), (e.Segment, e.Role)));
        Assert.Equal("resolved with kb-sso v1", entries[0].Detail);
    }

    [Fact]
    public async Task an_unknown_article_takes_the_invalid_port_and_leaves_the_ticket_open()
    {
        await using var harness = new ActivityHarness();
        var customer = await AddCustomerAsync(harness);
        await harness.RunAsync("OpenTicket", Opening("T-5", customer.Id));

        var run = await harness.RunAsync("ResolveTicket", new JsonObject { ["ticketId"] = "T-5", ["kbArticleId"] = "kb-none", ["kbArticleVersion"] = 1 }, "Problem");

        Assert.Equal(ResolveTicket.Invalid, await harness.PortOfStepAsync(run.Id));
        Assert.Equal("there is no knowledge-base article kb-none", run.Variables["Problem"]!.GetValue<string>());
        Assert.Equal(TicketStatus.New, (await harness.Tickets.FindAsync("T-5", SegmentScope.All))!.Status);
    }

    [Fact]
    public async Task a_reopen_within_five_days_clears_first_contact_resolution_and_counts_once_per_resolution()
    {
        await using var harness = new ActivityHarness();
        var customer = await AddCustomerAsync(harness);
        await harness.RunAsync("OpenTicket", Opening("T-6", customer.Id));
        await harness.KnowledgeBase.PublishAsync("kb-vpn", "VPN drops", "Restart the client.", "kim", harness.Clock.GetUtcNow());
        await harness.RunAsync("ResolveTicket", new JsonObject { ["ticketId"] = "T-6", ["kbArticleId"] = "kb-vpn", ["kbArticleVersion"] = 1 });
        harness.Clock.Advance(TimeSpan.FromDays(4));

        var run = await harness.RunAsync("ReopenTicket", new JsonObject { ["ticketId"] = "T-6" }, "ReopenCount");
        await harness.RunAsync("ReopenTicket", new JsonObject { ["ticketId"] = "T-6" });

        var ticket = await harness.Tickets.FindAsync("T-6", SegmentScope.All);
        Assert.Equal((TicketStatus.Reopened, 1, false), (ticket!.Status, ticket.ReopenCount, ticket.FirstContactResolution));
        Assert.Equal(1, run.Variables["ReopenCount"]!.GetValue<int>());
        Assert.Equal(harness.Clock.GetUtcNow().AddHours(72), ticket.SlaDueAt);
    }

    [Fact]
    public async Task the_reopen_window_follows_the_kpi_setting()
    {
        await using var harness = new ActivityHarness(new() { ["Kpis:FcrReopenWindow"] = "1.00:00:00" });
        var customer = await AddCustomerAsync(harness);
        await harness.RunAsync("OpenTicket", Opening("T-7", customer.Id));
        await harness.KnowledgeBase.PublishAsync("kb-vpn", "VPN drops", "Restart the client.", "kim", harness.Clock.GetUtcNow());
        await harness.RunAsync("ResolveTicket", new JsonObject { ["ticketId"] = "T-7", ["kbArticleId"] = "kb-vpn", ["kbArticleVersion"] = 1 });
        harness.Clock.Advance(TimeSpan.FromDays(2));

        await harness.RunAsync("ReopenTicket", new JsonObject { ["ticketId"] = "T-7" });

        Assert.True((await harness.Tickets.FindAsync("T-7", SegmentScope.All))!.FirstContactResolution);
    }

    [Fact]
    public async Task a_ticket_is_escalated_once_and_a_resolved_one_not_at_all()
    {
        await using var harness = new ActivityHarness(new() { ["Onboarding:SupervisorEmails:smb"] = "smb.lead@onboardingbpm.local" });
        var customer = await AddCustomerAsync(harness);
        await harness.RunAsync("OpenTicket", Opening("T-8", customer.Id));
        await harness.RunAsync("OpenTicket", Opening("T-9", customer.Id));
        await harness.RunAsync("UpdateTicket", new JsonObject { ["ticketId"] = "T-9", ["status"] = "Resolved" });

        var first = await harness.RunAsync("EscalateTicket", new JsonObject { ["ticketId"] = "T-8" }, "Escalated", "SupervisorEmail", "CustomerName");
        var second = await harness.RunAsync("EscalateTicket", new JsonObject { ["ticketId"] = "T-8" }, "Escalated");
        var resolved = await harness.RunAsync("EscalateTicket", new JsonObject { ["ticketId"] = "T-9" }, "Escalated");

        Assert.Equal((true, false, false), (first.Variables["Escalated"]!.GetValue<bool>(), second.Variables["Escalated"]!.GetValue<bool>(), resolved.Variables["Escalated"]!.GetValue<bool>()));
        Assert.Equal(("smb.lead@onboardingbpm.local", "Acme Corp"), (first.Variables["SupervisorEmail"]!.GetValue<string>(), first.Variables["CustomerName"]!.GetValue<string>()));
        var escalation = Assert.Single((await harness.Escalations.ListAsync(new EscalationQuery(SegmentScope.All))).Items);
        Assert.Equal((EscalationSubject.Ticket, "T-8"), (escalation.SubjectKind, escalation.SubjectId));
    }

    [Fact]
    public async Task triage_sets_the_priority_and_keeps_what_it_was_not_given()
    {
        await using var harness = new ActivityHarness();
        var customer = await AddCustomerAsync(harness, tier: null);
        await harness.RunAsync("OpenTicket", Opening("T-10", customer.Id));

        await harness.RunAsync("UpdateTicket", new JsonObject { ["ticketId"] = "T-10", ["priority"] = "Urgent", ["status"] = "Assigned" });

        var ticket = await harness.Tickets.FindAsync("T-10", SegmentScope.All);
        Assert.Equal((TicketPriority.Urgent, TicketStatus.Assigned, "VPN drops every hour"), (ticket!.Priority, ticket.Status, ticket.Subject));
    }
}

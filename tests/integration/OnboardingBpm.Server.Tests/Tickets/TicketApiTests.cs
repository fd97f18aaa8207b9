using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Tickets;

/// <summary>The tickets API: segment scoping by list and by URL, the audited read, and bad input named by field.</summary>
public sealed class TicketApiTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    private readonly HttpClient ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);
    private readonly HttpClient sam = factory.CreateClientAs(DemoUsers.SmbAgent);

    [Fact]
    public async Task another_segments_ticket_is_missing_for_an_agent_by_url_and_absent_from_their_lists()
    {
        var customer = await TicketDesk.SaveCustomerAsync(factory, "enterprise");
        var ticketId = (await TicketDesk.RaiseAsync(ada, customer.Id))["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync($"/api/tickets/{ticketId}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.PostAsync($"/api/tickets/{ticketId}/reopen", null, TestContext.Current.CancellationToken)).StatusCode);
        var samsList = await sam.GetFromJsonAsync<JsonObject>($"/api/tickets?customerId={customer.Id}", TestContext.Current.CancellationToken);
        Assert.Empty(samsList!["items"]!.AsArray());
        var adasList = await ada.GetFromJsonAsync<JsonObject>($"/api/tickets?customerId={customer.Id}&status=New", TestContext.Current.CancellationToken);
        Assert.Equal(ticketId, Assert.Single(adasList!["items"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await sam.GetAsync("/api/tickets?segment=enterprise", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task an_agent_cannot_raise_a_ticket_for_a_customer_of_another_segment()
    {
        var customer = await TicketDesk.SaveCustomerAsync(factory, "enterprise");

        var response = await sam.PostAsJsonAsync("/api/tickets", new { customerId = customer.Id, subject = "Help" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull((await ServerFactory.ReadObjectAsync(response))["errors"]!["customerId"]);
        var tickets = await ada.GetFromJsonAsync<JsonObject>($"/api/tickets?customerId={customer.Id}", TestContext.Current.CancellationToken);
        Assert.Empty(tickets!["items"]!.AsArray());
    }

    [Fact]
    public async Task reading_a_ticket_is_audited_with_who_read_it()
    {
        var customer = await TicketDesk.SaveCustomerAsync(factory, "enterprise");
        var ticketId = (await TicketDesk.RaiseAsync(ada, customer.Id))["id"]!.GetValue<string>();

        await TicketDesk.TicketAsync(ada, ticketId);

        var entries = await factory.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(SegmentScope.All) { ResourceId = ticketId }, TestContext.Current.CancellationToken);
        var read = Assert.Single(entries.Items, e => e.Action == AuditAction.Read);
        Assert.Equal(("ticket", "enterprise"), (read.ResourceKind, read.Segment));
        Assert.Contains("Agent", read.Role, StringComparison.Ordinal);
    }

    [Fact]
    public async Task bad_input_is_a_problem_naming_each_field()
    {
        var empty = await ada.PostAsJsonAsync("/api/tickets", new { }, TestContext.Current.CancellationToken);
        var badUrgency = await ada.PostAsJsonAsync("/api/tickets", new { customerId = "cust-1", subject = "Help", urgency = "soon" }, TestContext.Current.CancellationToken);
        var badFilter = await ada.GetAsync("/api/tickets?status=Pending&take=0", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        var errors = (await ServerFactory.ReadObjectAsync(empty))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("customerId") && errors.ContainsKey("subject"));
        Assert.NotNull((await ServerFactory.ReadObjectAsync(badUrgency))["errors"]!["urgency"]);
        var filterErrors = (await ServerFactory.ReadObjectAsync(badFilter))["errors"]!.AsObject();
        Assert.True(filterErrors.ContainsKey("status") && filterErrors.ContainsKey("take"));
    }
}

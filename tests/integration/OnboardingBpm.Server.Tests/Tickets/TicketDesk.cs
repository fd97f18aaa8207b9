using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Tickets;

/// <summary>What the ticket tests do over and over: a registered customer, a raised ticket, its task in an inbox.</summary>
internal static class TicketDesk
{
    public static async Task<Customer> SaveCustomerAsync(ServerFactory factory, string segment, string? tier = "standard")
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var customer = new Customer
        {
            Id = $"cust-{suffix}",
            Name = $"Ticket Co {suffix}",
            Segment = segment,
            Tier = tier,
            Contacts = [new Contact($"Terry {suffix}", $"terry.{suffix}@customer.example", null)],
            CreatedAt = factory.Clock.GetUtcNow(),
        };
        await factory.Services.GetRequiredService<ICustomerStore>().SaveAsync(customer, TestContext.Current.CancellationToken);
        return customer;
    }

    /// <summary>Raises a ticket (201 expected) and returns it as the API answered.</summary>
    public static async Task<JsonObject> RaiseAsync(HttpClient client, string customerId, string? urgency = null)
    {
        var response = await client.PostAsJsonAsync(
            "/api/tickets",
            new { customerId, subject = $"VPN drops {Guid.NewGuid():N}", description = "Every hour since Monday.", urgency },
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ServerFactory.ReadObjectAsync(response);
    }

    /// <summary>The open task of the ticket's workflow at <paramref name="activityId"/> that the caller sees, if any.</summary>
    public static async Task<JsonObject?> TaskAsync(HttpClient client, string ticketId, string activityId)
    {
        var inbox = (await client.GetFromJsonAsync<JsonObject>("/api/tasks?take=500", TestContext.Current.CancellationToken))!["items"]!.AsArray();
        return inbox.OfType<JsonObject>().SingleOrDefault(t =>
            t["activityId"]!.GetValue<string>() == activityId && t["title"]!.GetValue<string>().Contains(ticketId, StringComparison.Ordinal));
    }

    public static async Task<HttpResponseMessage> CompleteAsync(HttpClient client, JsonObject task, string outcome, object data) =>
        await client.PostAsJsonAsync($"/api/tasks/{task["id"]!.GetValue<string>()}/complete", new { outcome, data }, TestContext.Current.CancellationToken);

    /// <summary>Publishes versions 1..<paramref name="versions"/> of a new article as a supervisor; returns its id.</summary>
    public static async Task<string> PublishArticleAsync(ServerFactory factory, int versions)
    {
        using var supervisor = factory.CreateClientAs(DemoUsers.Supervisor);
        var articleId = $"kb-vpn-{Guid.NewGuid():N}"[..20];
        for (var version = 1; version <= versions; version++)
        {
            var response = await supervisor.PostAsJsonAsync($"/api/kb/{articleId}/versions", new { title = "VPN drops", body = $"Fix number {version}." }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        return articleId;
    }

    public static async Task<JsonObject> TicketAsync(HttpClient client, string ticketId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/tickets/{ticketId}", TestContext.Current.CancellationToken))!;
}

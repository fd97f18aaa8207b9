using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Cases;

/// <summary>Every read of a customer's data leaves an audit entry naming who, in which role, which segment and when.</summary>
public sealed class ReadAuditTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    [Fact]
    public async Task opening_a_case_and_its_customer_is_audited_with_actor_role_segment_and_time()
    {
        var enterprise = await SeededCustomer.SaveAsync(factory, "enterprise");
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);
        using var alex = factory.CreateClientAs(DemoUsers.Admin);
        var ct = TestContext.Current.CancellationToken;
        factory.Clock.Advance(TimeSpan.FromMinutes(7));
        var readAt = factory.Clock.GetUtcNow();

        (await ada.GetAsync($"/api/cases/{enterprise.Case.Id}", ct)).EnsureSuccessStatusCode();
        (await ada.GetAsync($"/api/customers/{enterprise.Customer.Id}", ct)).EnsureSuccessStatusCode();

        var caseRead = Assert.Single(await EntriesAsync(alex, $"resourceKind=case&resourceId={enterprise.Case.Id}"))!;
        Assert.Equal(DemoUsers.EnterpriseAgent, caseRead["actor"]!.GetValue<string>());
        Assert.Equal("Agent", caseRead["role"]!.GetValue<string>());
        Assert.Equal("enterprise", caseRead["segment"]!.GetValue<string>());
        Assert.Equal("Read", caseRead["action"]!.GetValue<string>());
        Assert.Equal(readAt, caseRead["at"]!.GetValue<DateTimeOffset>());
        var customerRead = Assert.Single(await EntriesAsync(alex, $"resourceKind=customer&resourceId={enterprise.Customer.Id}"))!;
        Assert.Equal(DemoUsers.EnterpriseAgent, customerRead["actor"]!.GetValue<string>());
        Assert.Equal("enterprise", customerRead["segment"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_refused_read_of_another_segment_leaves_no_read_entry()
    {
        var smb = await SeededCustomer.SaveAsync(factory, "smb");
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);
        using var alex = factory.CreateClientAs(DemoUsers.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync($"/api/cases/{smb.Case.Id}", TestContext.Current.CancellationToken)).StatusCode);

        Assert.Empty(await EntriesAsync(alex, $"resourceKind=case&resourceId={smb.Case.Id}"));
    }

    [Fact]
    public async Task the_audit_log_is_queried_by_actor()
    {
        var enterprise = await SeededCustomer.SaveAsync(factory, "enterprise");
        using var maria = factory.CreateClientAs(DemoUsers.Supervisor);
        using var alex = factory.CreateClientAs(DemoUsers.Admin);

        (await maria.GetAsync($"/api/cases/{enterprise.Case.Id}", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var entries = await EntriesAsync(alex, $"actor={Uri.EscapeDataString(DemoUsers.Supervisor)}&take=500");
        Assert.Contains(entries, e => e!["resourceId"]!.GetValue<string>() == enterprise.Case.Id);
        Assert.All(entries, e => Assert.Equal(DemoUsers.Supervisor, e!["actor"]!.GetValue<string>()));
    }

    private static async Task<JsonArray> EntriesAsync(HttpClient admin, string query) =>
        (await admin.GetFromJsonAsync<JsonObject>($"/api/audit?{query}", TestContext.Current.CancellationToken))!["items"]!.AsArray();
}

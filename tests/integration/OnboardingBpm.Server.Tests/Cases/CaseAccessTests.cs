using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Cases;

/// <summary>Cases, customers and escalations over HTTP: an agent reaches only their segments, by list or by URL; supervisors reach all.</summary>
public sealed class CaseAccessTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    [Fact]
    public async Task the_enterprise_agent_lists_only_enterprise_cases_and_the_supervisor_lists_both()
    {
        var enterprise = await SeededCustomer.SaveAsync(factory, "enterprise");
        var smb = await SeededCustomer.SaveAsync(factory, "smb");
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);
        using var maria = factory.CreateClientAs(DemoUsers.Supervisor);

        var adaCases = await ItemsAsync(ada, "/api/cases?take=500");
        var mariaCases = await ItemsAsync(maria, "/api/cases?take=500");

        Assert.Contains(enterprise.Case.Id, Ids(adaCases));
        Assert.DoesNotContain(smb.Case.Id, Ids(adaCases));
        Assert.All(adaCases, c => Assert.Equal("enterprise", c!["segment"]!.GetValue<string>()));
        Assert.Contains(enterprise.Case.Id, Ids(mariaCases));
        Assert.Contains(smb.Case.Id, Ids(mariaCases));
    }

    [Fact]
    public async Task lists_carry_no_contact_so_only_opening_a_case_shows_personal_data()
    {
        var enterprise = await SeededCustomer.SaveAsync(factory, "enterprise");
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);

        var listed = Assert.Single(await ItemsAsync(ada, $"/api/cases?customerId={enterprise.Customer.Id}"))!;

        Assert.Null(listed["contact"]);
        Assert.Equal("Handoff", listed["phase"]!.GetValue<string>());
    }

    [Fact]
    public async Task an_agent_cannot_reach_another_segments_case_or_customer_by_url()
    {
        var smb = await SeededCustomer.SaveAsync(factory, "smb");
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);
        using var sam = factory.CreateClientAs(DemoUsers.SmbAgent);
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync($"/api/cases/{smb.Case.Id}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync($"/api/customers/{smb.Customer.Id}", ct)).StatusCode);
        Assert.Empty(await ItemsAsync(ada, $"/api/cases?customerId={smb.Customer.Id}"));
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync($"/api/cases/{smb.Case.Id}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync($"/api/customers/{smb.Customer.Id}", ct)).StatusCode);
    }

    [Fact]
    public async Task a_case_opens_with_its_decrypted_contact_and_timeline()
    {
        var enterprise = await SeededCustomer.SaveAsync(factory, "enterprise");
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);

        var detail = (await ada.GetFromJsonAsync<JsonObject>($"/api/cases/{enterprise.Case.Id}", TestContext.Current.CancellationToken))!;
        var customer = (await ada.GetFromJsonAsync<JsonObject>($"/api/customers/{enterprise.Customer.Id}", TestContext.Current.CancellationToken))!;

        Assert.Equal(enterprise.Case.Contact!.Email, detail["case"]!["contact"]!["email"]!.GetValue<string>());
        Assert.Equal("submitted", Assert.Single(detail["timeline"]!.AsArray())!["kind"]!.GetValue<string>());
        Assert.Equal(enterprise.Customer.Contacts[0].Name, customer["contacts"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task escalations_are_scoped_like_cases()
    {
        var enterprise = await (await SeededCustomer.SaveAsync(factory, "enterprise")).EscalateAsync(factory);
        var smb = await (await SeededCustomer.SaveAsync(factory, "smb")).EscalateAsync(factory);
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);
        using var maria = factory.CreateClientAs(DemoUsers.Supervisor);

        var adaSees = Ids(await ItemsAsync(ada, "/api/escalations?take=500"));
        var mariaSees = Ids(await ItemsAsync(maria, "/api/escalations?take=500"));

        Assert.Contains(enterprise.Id, adaSees);
        Assert.DoesNotContain(smb.Id, adaSees);
        Assert.Contains(enterprise.Id, mariaSees);
        Assert.Contains(smb.Id, mariaSees);
    }

    private static List<string> Ids(JsonArray items) => items.Select(i => i!["id"]!.GetValue<string>()).ToList();

    private static async Task<JsonArray> ItemsAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonObject>(url, TestContext.Current.CancellationToken))!["items"]!.AsArray();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Cases;

/// <summary>An admin exports a customer's personal data and erases it on request; both are audited.</summary>
public sealed class PersonalDataRequestTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    [Fact]
    public async Task export_shows_the_decrypted_contact_and_after_erasure_the_tombstone()
    {
        var smb = await SeededCustomer.SaveAsync(factory, "smb");
        using var alex = factory.CreateClientAs(DemoUsers.Admin);
        using var sam = factory.CreateClientAs(DemoUsers.SmbAgent);
        var ct = TestContext.Current.CancellationToken;

        var before = await ExportAsync(alex, smb.Customer.Id);
        var erased = await alex.PostAsync($"/api/customers/{smb.Customer.Id}/erase", null, ct);
        var after = await ExportAsync(alex, smb.Customer.Id);

        Assert.Equal(smb.Customer.Contacts[0].Email, before["customer"]!["contacts"]![0]!["email"]!.GetValue<string>());
        Assert.Equal(smb.Case.Contact!.Name, before["cases"]![0]!["contact"]!["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        var contact = after["customer"]!["contacts"]![0]!;
        Assert.Equal("[erased]", contact["name"]!.GetValue<string>());
        Assert.Null(contact["email"]);
        Assert.Equal("[erased]", after["cases"]![0]!["contact"]!["name"]!.GetValue<string>());
        var seenByAgent = (await sam.GetFromJsonAsync<JsonObject>($"/api/cases/{smb.Case.Id}", ct))!;
        Assert.Equal("[erased]", seenByAgent["case"]!["contact"]!["name"]!.GetValue<string>());
        Assert.Equal("smb", seenByAgent["case"]!["segment"]!.GetValue<string>());
    }

    [Fact]
    public async Task export_and_erasure_are_audited_as_the_admin()
    {
        var enterprise = await SeededCustomer.SaveAsync(factory, "enterprise");
        using var alex = factory.CreateClientAs(DemoUsers.Admin);
        var ct = TestContext.Current.CancellationToken;

        await ExportAsync(alex, enterprise.Customer.Id);
        (await alex.PostAsync($"/api/customers/{enterprise.Customer.Id}/erase", null, ct)).EnsureSuccessStatusCode();

        var entries = (await alex.GetFromJsonAsync<JsonObject>($"/api/audit?resourceKind=customer&resourceId={enterprise.Customer.Id}", ct))!["items"]!.AsArray();
        Assert.Equal(["Erase", "Export"], entries.Select(e => e!["action"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal(DemoUsers.Admin, e!["actor"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal("enterprise", e!["segment"]!.GetValue<string>()));
    }

    [Fact]
    public async Task an_unknown_customer_cannot_be_exported_or_erased()
    {
        using var alex = factory.CreateClientAs(DemoUsers.Admin);
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(HttpStatusCode.NotFound, (await alex.GetAsync("/api/customers/nobody/personal-data", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await alex.PostAsync("/api/customers/nobody/erase", null, ct)).StatusCode);
    }

    private static async Task<JsonObject> ExportAsync(HttpClient admin, string customerId) =>
        (await admin.GetFromJsonAsync<JsonObject>($"/api/customers/{customerId}/personal-data", TestContext.Current.CancellationToken))!;
}

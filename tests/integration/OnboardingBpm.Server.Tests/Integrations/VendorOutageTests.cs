using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Integrations;

/// <summary>
/// Salesforce down while a submission waits: the workflow retries 3 times, 5 minutes apart (fake clock), catches
/// up when the CRM is back, or raises an incident and tells Platform Engineering when the outage lasts too long.
/// </summary>
public sealed class VendorOutageTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(DemoUsers.Admin);

    [Fact]
    public async Task a_12_minute_crm_outage_is_caught_up_by_the_third_retry_and_the_case_is_created_once()
    {
        var email = $"outage.{Guid.NewGuid():N}@customer.example";
        await OutageAsync(TimeSpan.FromMinutes(12));

        await Submit(email);
        await factory.RunSchedulerAsync();
        Assert.Empty(await CasesFor(email));
        for (var i = 0; i < 3; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(5));
            await factory.RunSchedulerAsync();
        }

        Assert.Single(await CasesFor(email));
        var mails = await client.GetFromJsonAsync<JsonArray>($"/api/mail?recipient={email}", TestContext.Current.CancellationToken);
        Assert.Single(mails!);
        await ClearFaultsAsync();
    }

    [Fact]
    public async Task a_30_minute_crm_outage_ends_in_an_incident_a_critical_alert_and_a_mail_to_platform_engineering()
    {
        var email = $"longoutage.{Guid.NewGuid():N}@customer.example";
        await OutageAsync(TimeSpan.FromMinutes(30));

        await Submit(email);
        await factory.RunSchedulerAsync();
        for (var i = 0; i < 3; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(5));
            await factory.RunSchedulerAsync();
        }

        var incidents = await client.GetFromJsonAsync<JsonArray>("/api/incidents", TestContext.Current.CancellationToken);
        var incident = Assert.Single(incidents!, i => i!["activityType"]!.GetValue<string>() == "SalesforceUpsertCase")!;
        Assert.Equal(4, incident["attempts"]!.GetValue<int>());
        var alerts = await client.GetFromJsonAsync<JsonArray>("/api/alerts?audience=platform-engineering", TestContext.Current.CancellationToken);
        var alert = Assert.Single(alerts!, a => a!["incidentId"]?.GetValue<string>() == incident["id"]!.GetValue<string>())!;
        Assert.Equal("Critical", alert["severity"]!.GetValue<string>());
        var mails = await client.GetFromJsonAsync<JsonArray>("/api/mail?recipient=platform-engineering@onboardingbpm.local", TestContext.Current.CancellationToken);
        Assert.Contains(mails!, m => m!["subject"]!.GetValue<string>().Contains("SalesforceUpsertCase failed 4 times", StringComparison.Ordinal));
        Assert.Empty(await CasesFor(email));

        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        var retried = await client.PostAsync($"/api/incidents/{incident["id"]}/retry", null, TestContext.Current.CancellationToken);
        await factory.RunSchedulerAsync();

        Assert.True(retried.IsSuccessStatusCode);
        Assert.Single(await CasesFor(email));
        await ClearFaultsAsync();
    }

    private Task<HttpResponseMessage> Submit(string email) =>
        client.PostAsJsonAsync("/workflows/onboarding-requests", new { submissionId = email, company = "Outage Inc", contactName = "Olga Outage", email, segment = "mid-market" }, TestContext.Current.CancellationToken);


    private async Task OutageAsync(TimeSpan duration)
    {
        using var direct = new HttpClient();
        var response = await direct.PostAsJsonAsync(await SalesforceAsync("__sim/faults/outage"), new { duration }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private async Task ClearFaultsAsync()
    {
        using var direct = new HttpClient();
        (await direct.DeleteAsync(await SalesforceAsync("__sim/faults"), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
    }

    private async Task<IReadOnlyList<JsonNode?>> CasesFor(string email)
    {
        using var direct = new HttpClient();
        var cases = await direct.GetFromJsonAsync<JsonArray>(await SalesforceAsync("__sim/salesforce/cases"), TestContext.Current.CancellationToken);
        return cases!.Where(c => c!["SuppliedEmail"]?.GetValue<string>() == email).ToList();
    }

    private Task<Uri> SalesforceAsync(string path) => Task.FromResult(factory.SimulatorAddress("salesforce", path));
}

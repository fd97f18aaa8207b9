using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Integrations;

/// <summary>
/// The "done when": a web-form submission on the embedded defaults ends up as a Salesforce case, an
/// Okta user, Segment events and a welcome mail, and the next 15-minute sync reconciles it.
/// </summary>
public sealed class OnboardingRequestTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(DemoUsers.Admin);

    [Fact]
    public async Task a_submission_reaches_salesforce_okta_segment_and_the_outbox_and_the_next_sync_logs_it()
    {
        var email = $"dana.{Guid.NewGuid():N}@customer.example";
        var submitted = factory.Clock.GetUtcNow();

        var response = await Submit(new { submissionId = email, company = "Acme Corp", contactName = "Dana Scully", email, segment = "enterprise" });
        await factory.RunSchedulerAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var @case = Assert.Single(await factory.SimulatorAsync<JsonArray>("salesforce", "__sim/salesforce/cases"), c => c!["SuppliedEmail"]?.GetValue<string>() == email)!;
        Assert.Equal("Onboarding: Acme Corp", @case["Subject"]!.GetValue<string>());
        Assert.Equal("enterprise", @case["Customer_Segment__c"]!.GetValue<string>());
        var user = Assert.Single(await factory.SimulatorAsync<JsonArray>("okta", "__sim/okta/users"), u => u!["profile"]?["login"]?.GetValue<string>() == email)!;
        Assert.Equal("PROVISIONED", user["status"]!.GetValue<string>());
        var events = (await factory.SimulatorAsync<JsonObject>("segment", "__sim/segment/events"))["events"]!.AsArray();
        Assert.Contains(events, e => e!["event"]?.GetValue<string>() == "Onboarding Requested" && e["userId"]?.GetValue<string>() == email);
        var mails = await client.GetFromJsonAsync<JsonArray>($"/api/mail?recipient={email}", TestContext.Current.CancellationToken);
        Assert.Equal("welcome", Assert.Single(mails!)!["category"]!.GetValue<string>());

        var nextQuarter = TimeSpan.FromMinutes(15 - (submitted.Minute % 15)) - TimeSpan.FromSeconds(submitted.Second);
        factory.Clock.Advance(nextQuarter);
        await factory.RunSchedulerAsync();
        var runs = await client.GetFromJsonAsync<JsonArray>("/api/integration-runs?kind=crm-sync", TestContext.Current.CancellationToken);
        var run = Assert.Single(runs!)!;
        Assert.Equal("Succeeded", run["status"]!.GetValue<string>());
        Assert.True(DateTimeOffset.Parse(run["startedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) - submitted <= TimeSpan.FromMinutes(15));
        Assert.True(run["summary"]!["casesChecked"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task the_same_submission_sent_twice_makes_one_case_and_one_user()
    {
        var email = $"fox.{Guid.NewGuid():N}@customer.example";
        var form = new { submissionId = email, company = "Mulder Ltd", contactName = "Fox Mulder", email, segment = "smb" };

        await Submit(form);
        await Submit(form);
        await factory.RunSchedulerAsync();

        Assert.Single(await factory.SimulatorAsync<JsonArray>("salesforce", "__sim/salesforce/cases"), c => c!["SuppliedEmail"]?.GetValue<string>() == email);
        Assert.Single(await factory.SimulatorAsync<JsonArray>("okta", "__sim/okta/users"), u => u!["profile"]?["login"]?.GetValue<string>() == email);
    }

    [Fact]
    public async Task an_incomplete_form_is_answered_400_naming_each_field_and_reaches_no_vendor()
    {
        var response = await Submit(new { company = "", contactName = "Walter Skinner", email = "not-an-email", segment = "galactic" });
        await factory.RunSchedulerAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ServerFactory.ReadObjectAsync(response);
        Assert.Equal(["company", "email", "segment"], problem["errors"]!.AsObject().Select(p => p.Key).Order());
        Assert.DoesNotContain(await factory.SimulatorAsync<JsonArray>("salesforce", "__sim/salesforce/cases"), c => c!["SuppliedName"]?.GetValue<string>() == "Walter Skinner");
    }

    private Task<HttpResponseMessage> Submit(object form) =>
        client.PostAsJsonAsync("/workflows/onboarding-requests", form, TestContext.Current.CancellationToken);


}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Okta;
using OnboardingBpm.Integrations.Salesforce;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Integrations;

/// <summary>The 15-minute sync on the embedded defaults: what it repairs, what it hands to Platform Engineering.</summary>
public sealed class CrmSyncTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(DemoUsers.Admin);

    [Fact]
    public async Task a_sync_repairs_a_missing_okta_user_and_flags_a_deprovisioned_one_for_platform_engineering()
    {
        var salesforce = factory.Services.GetRequiredService<SalesforceClient>();
        var okta = factory.Services.GetRequiredService<OktaClient>();
        var missing = $"missing.{Guid.NewGuid():N}@customer.example";
        var gone = $"gone.{Guid.NewGuid():N}@customer.example";
        await salesforce.UpsertCaseAsync($"txn-{missing}", Case(missing, "Ann Missing"), TestContext.Current.CancellationToken);
        await salesforce.UpsertCaseAsync($"txn-{gone}", Case(gone, "Gil Gone"), TestContext.Current.CancellationToken);
        var goneUser = await okta.ProvisionUserAsync(new OktaNewUser(gone, "Gil", "Gone"), "segment-smb", TestContext.Current.CancellationToken);
        await okta.DeactivateAsync(goneUser.User.Id, TestContext.Current.CancellationToken);

        await PassToNextQuarterAsync();

        var repaired = await okta.GetUserAsync(missing, TestContext.Current.CancellationToken);
        Assert.NotNull(repaired);
        var run = Assert.Single((await client.GetFromJsonAsync<JsonArray>("/api/integration-runs?kind=crm-sync", TestContext.Current.CancellationToken))!)!;
        Assert.Equal("Inconsistent", run["status"]!.GetValue<string>());
        Assert.True(run["summary"]!["usersRepaired"]!.GetValue<int>() >= 1);
        var alerts = await client.GetFromJsonAsync<JsonArray>("/api/alerts?audience=platform-engineering", TestContext.Current.CancellationToken);
        var alert = Assert.Single(alerts!, a => a!["kind"]!.GetValue<string>() == "data-inconsistency")!;
        var finding = Assert.Single(alert["detail"]!.GetValue<string>().Split('\n'));
        Assert.Contains("identity-inactive: the Okta user is DEPROVISIONED", finding, StringComparison.Ordinal);
        var validations = await client.GetFromJsonAsync<JsonObject>("/api/workflow-instances?definitionId=data-consistency-validation", TestContext.Current.CancellationToken);
        var validation = Assert.Single(validations!["items"]!.AsArray())!;
        Assert.Equal("Suspended", validation["status"]!.GetValue<string>());
        var started = await client.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{validation["id"]}", TestContext.Current.CancellationToken);
        Assert.Equal(gone, Assert.Single(started!["input"]!["inconsistencies"]!.AsArray())!["email"]!.GetValue<string>());
    }

    private static JsonObject Case(string email, string name) => new()
    {
        ["Subject"] = "Onboarding: " + name,
        ["Status"] = "New",
        ["Origin"] = "Web",
        ["SuppliedEmail"] = email,
        ["SuppliedName"] = name,
        ["Customer_Segment__c"] = "smb",
    };

    private async Task PassToNextQuarterAsync()
    {
        var now = factory.Clock.GetUtcNow();
        factory.Clock.Advance(TimeSpan.FromMinutes(15 - (now.Minute % 15)) - TimeSpan.FromSeconds(now.Second));
        await factory.RunSchedulerAsync();
    }
}

using System.Net;
using System.Text.Json.Nodes;
using OnboardingBpm.Integrations.Resilience;
using OnboardingBpm.Integrations.Tests.Salesforce.Support;

namespace OnboardingBpm.Integrations.Tests.Salesforce;

public sealed class SalesforceUpsertTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task an_upsert_creates_a_case_once_and_a_repeat_with_the_same_transaction_id_updates_it()
    {
        await using var rig = await SalesforceRig.StartAsync();

        var first = await rig.Client.UpsertCaseAsync("txn-1", new JsonObject { ["Subject"] = "Onboarding Acme", ["Origin"] = "Web" }, Cancel);
        var repeat = await rig.Client.UpsertCaseAsync("txn-1", new JsonObject { ["Subject"] = "Onboarding Acme Ltd" }, Cancel);

        Assert.True(first.Created);
        Assert.False(repeat.Created);
        Assert.Equal(first.Id, repeat.Id);
        var cases = await rig.CasesAsync();
        var single = Assert.Single(cases);
        Assert.Equal("Onboarding Acme Ltd", single!["Subject"]!.GetValue<string>());
        Assert.Equal("Web", single["Origin"]!.GetValue<string>());
        Assert.Equal("txn-1", single["Onboarding_Txn_Id__c"]!.GetValue<string>());
        Assert.StartsWith("500", first.Id);
        Assert.Equal(18, first.Id.Length);
    }

    [Fact]
    public async Task two_503s_then_success_succeeds_on_the_third_attempt()
    {
        await using var rig = await SalesforceRig.StartAsync();
        rig.Faults.ScriptStatuses([503, 503], "/services/data");

        var result = await rig.Client.UpsertCaseAsync("txn-503", new JsonObject { ["Subject"] = "Retried" }, Cancel);

        Assert.True(result.Created);
        Assert.Equal([503, 503, 201], rig.Requests("/services/data").Select(r => r.Status));
        Assert.Single(await rig.CasesAsync());
    }

    [Fact]
    public async Task three_503s_fail_the_call_with_a_transient_error()
    {
        await using var rig = await SalesforceRig.StartAsync();
        rig.Faults.ScriptStatuses([503, 503, 503], "/services/data");

        var error = await Assert.ThrowsAsync<IntegrationException>(() => rig.Client.UpsertCaseAsync("txn-down", new JsonObject { ["Subject"] = "Never" }, Cancel));

        Assert.True(error.IsTransient);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal("SERVER_UNAVAILABLE", error.ErrorCode);
        Assert.Equal(3, rig.Requests("/services/data").Count);
        Assert.Empty(await rig.CasesAsync());
    }

    [Fact]
    public async Task a_validation_error_is_permanent_carries_its_error_code_and_is_not_retried()
    {
        await using var rig = await SalesforceRig.StartAsync();

        var error = await Assert.ThrowsAsync<IntegrationException>(() =>
            rig.Client.UpsertCaseAsync("txn-bad", new JsonObject { ["Subject"] = "Bad", ["Status"] = "Pending approval" }, Cancel));

        Assert.False(error.IsTransient);
        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", error.ErrorCode);
        Assert.Single(rig.Requests("/services/data"));
        Assert.Empty(await rig.CasesAsync());
    }

    [Fact]
    public async Task an_unknown_field_is_reported_as_invalid_field()
    {
        await using var rig = await SalesforceRig.StartAsync();

        var error = await Assert.ThrowsAsync<IntegrationException>(() =>
            rig.Client.UpsertCaseAsync("txn-field", new JsonObject { ["Colour__c"] = "blue" }, Cancel));

        Assert.Equal("INVALID_FIELD", error.ErrorCode);
        Assert.Contains("Colour__c", error.Message);
    }

    [Fact]
    public async Task closing_a_case_derives_is_closed_and_stamps_the_closed_date_from_the_clock()
    {
        await using var rig = await SalesforceRig.StartAsync();
        var created = await rig.Client.UpsertCaseAsync("txn-close", new JsonObject { ["Subject"] = "Close me" }, Cancel);
        rig.Clock.Advance(TimeSpan.FromHours(2));

        await rig.Client.UpdateCaseAsync(created.Id, new JsonObject { ["Status"] = "Closed" }, Cancel);
        var read = await rig.Client.GetCaseAsync(created.Id, Cancel);

        Assert.True(read.Value["IsClosed"]!.GetValue<bool>());
        Assert.Equal("2026-01-05T11:00:00.000+0000", read.Value["ClosedDate"]!.GetValue<string>());
        Assert.Equal("2026-01-05T09:00:00.000+0000", read.Value["CreatedDate"]!.GetValue<string>());
        Assert.False(read.FromCache);
    }
}

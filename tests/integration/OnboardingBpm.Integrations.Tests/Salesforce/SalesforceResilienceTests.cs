using System.Net;
using System.Text.Json.Nodes;
using OnboardingBpm.Integrations.Resilience;
using OnboardingBpm.Integrations.Tests.Salesforce.Support;

namespace OnboardingBpm.Integrations.Tests.Salesforce;

public sealed class SalesforceResilienceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_9_second_answer_succeeds_within_one_attempt()
    {
        await using var rig = await SalesforceRig.StartAsync();
        rig.Faults.AddLatency(TimeSpan.FromSeconds(9), times: 1, pathPrefix: "/services/data");

        var call = rig.Client.UpsertCaseAsync("txn-slow", new JsonObject { ["Subject"] = "Slow CRM" }, Cancel);
        await rig.Faults.WaitForRequestsAsync(2, Cancel);
        rig.Clock.Advance(TimeSpan.FromSeconds(9));
        var result = await call;

        Assert.True(result.Created);
        Assert.Single(rig.Requests("/services/data"));
    }

    [Fact]
    public async Task an_11_second_answer_times_out_and_the_retry_succeeds_without_a_duplicate()
    {
        await using var rig = await SalesforceRig.StartAsync();
        rig.Faults.AddLatency(TimeSpan.FromSeconds(11), times: 1, pathPrefix: "/services/data");

        var call = rig.Client.UpsertCaseAsync("txn-timeout", new JsonObject { ["Subject"] = "Too slow" }, Cancel);
        await rig.Faults.WaitForRequestsAsync(2, Cancel);
        rig.Clock.Advance(TimeSpan.FromSeconds(10.5));
        var result = await call;

        Assert.Equal(2, rig.Requests("/services/data").Count);
        Assert.Equal(result.Id, Assert.Single(await rig.CasesAsync())!["Id"]!.GetValue<string>());
    }

    [Fact]
    public async Task an_expired_session_is_renewed_once_and_the_call_goes_through()
    {
        await using var rig = await SalesforceRig.StartAsync();
        var created = await rig.Client.UpsertCaseAsync("txn-session", new JsonObject { ["Subject"] = "Before expiry" }, Cancel);
        rig.Faults.ExpireTokens();

        await rig.Client.UpdateCaseAsync(created.Id, new JsonObject { ["Subject"] = "After expiry" }, Cancel);

        Assert.Equal(2, rig.Requests("/services/oauth2/token").Count);
        Assert.Equal([201, 401, 204], rig.Requests("/services/data").Select(r => r.Status));
        Assert.Equal("After expiry", Assert.Single(await rig.CasesAsync())!["Subject"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_session_refused_again_right_after_renewal_fails_without_renewing_again()
    {
        await using var rig = await SalesforceRig.StartAsync();
        await rig.Client.UpsertCaseAsync("txn-401", new JsonObject { ["Subject"] = "Signed in" }, Cancel);
        rig.Faults.ScriptStatuses([401, 401], "/services/data");

        var error = await Assert.ThrowsAsync<IntegrationException>(() =>
            rig.Client.UpsertCaseAsync("txn-401", new JsonObject { ["Subject"] = "Refused" }, Cancel));

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Equal("INVALID_SESSION_ID", error.ErrorCode);
        Assert.False(error.IsTransient);
        Assert.Equal(2, rig.Requests("/services/oauth2/token").Count);
        Assert.Equal([201, 401, 401], rig.Requests("/services/data").Select(r => r.Status));
    }

    [Fact]
    public async Task during_an_outage_a_read_is_served_stale_from_the_cache_until_the_entry_is_an_hour_old()
    {
        await using var rig = await SalesforceRig.StartAsync();
        var created = await rig.Client.UpsertCaseAsync("txn-outage", new JsonObject { ["Subject"] = "Cached" }, Cancel);
        var fresh = await rig.Client.GetCaseAsync(created.Id, Cancel);
        rig.Clock.Advance(TimeSpan.FromMinutes(10));
        rig.Faults.StartOutage(TimeSpan.FromHours(2));

        var stale = await rig.Client.GetCaseAsync(created.Id, Cancel);
        rig.Clock.Advance(TimeSpan.FromMinutes(51));
        var error = await Assert.ThrowsAsync<IntegrationException>(() => rig.Client.GetCaseAsync(created.Id, Cancel));

        Assert.False(fresh.IsStale);
        Assert.True(stale.IsStale);
        Assert.True(stale.FromCache);
        Assert.Equal(fresh.FetchedAt, stale.FetchedAt);
        Assert.Equal("Cached", stale.Value["Subject"]!.GetValue<string>());
        Assert.True(error.IsTransient);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
    }

    [Fact]
    public async Task a_case_read_by_transaction_id_is_answered_from_the_cache_during_an_outage()
    {
        await using var rig = await SalesforceRig.StartAsync();
        await rig.Client.UpsertCaseAsync("txn-lookup", new JsonObject { ["Subject"] = "By transaction" }, Cancel);
        var fresh = await rig.Client.GetCaseByTransactionIdAsync("txn-lookup", Cancel);
        rig.Clock.Advance(TimeSpan.FromMinutes(6));
        rig.Faults.StartOutage(TimeSpan.FromMinutes(30));

        var stale = await rig.Client.GetCaseByTransactionIdAsync("txn-lookup", Cancel);

        Assert.False(fresh.IsStale);
        Assert.True(stale.IsStale);
        Assert.Equal("By transaction", stale.Value["Subject"]!.GetValue<string>());
    }
}

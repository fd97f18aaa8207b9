using System.Text.Json.Nodes;
using OnboardingBpm.Integrations.Resilience;
using OnboardingBpm.Integrations.Tests.Salesforce.Support;

namespace OnboardingBpm.Integrations.Tests.Salesforce;

public sealed class SalesforceQueryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_query_follows_next_records_url_across_three_pages()
    {
        await using var rig = await SalesforceRig.StartAsync(vendor: org => org.QueryPageSize = 2);
        for (var i = 1; i <= 5; i++)
        {
            await rig.Client.UpsertCaseAsync($"txn-page-{i}", new JsonObject { ["Subject"] = $"Case {i}" }, Cancel);
            rig.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var result = await rig.Client.QueryAsync("SELECT Id, Subject FROM Case WHERE IsClosed = false ORDER BY CreatedDate DESC", cancellationToken: Cancel);

        Assert.Equal(5, result.TotalSize);
        Assert.False(result.Truncated);
        Assert.Equal(["Case 5", "Case 4", "Case 3", "Case 2", "Case 1"], result.Records.Select(r => r["Subject"]!.GetValue<string>()));
        var pages = rig.Requests("/services/data").Where(r => r.Path.Contains("/query", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, pages.Count);
        Assert.Matches("/query/01g[A-Za-z0-9]{15}-4$", pages[2].Path);
    }

    [Fact]
    public async Task a_query_stops_reading_pages_at_the_maximum()
    {
        await using var rig = await SalesforceRig.StartAsync(vendor: org => org.QueryPageSize = 2);
        for (var i = 1; i <= 5; i++)
        {
            await rig.Client.UpsertCaseAsync($"txn-max-{i}", new JsonObject { ["Subject"] = $"Case {i}" }, Cancel);
        }

        var result = await rig.Client.QueryAsync("SELECT Id FROM Case", maxRecords: 3, Cancel);

        Assert.Equal(3, result.Records.Count);
        Assert.True(result.Truncated);
        Assert.Equal(2, rig.Requests("/services/data").Count(r => r.Path.Contains("/query", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task the_escalation_query_selects_open_unescalated_cases_older_than_the_cutoff()
    {
        await using var rig = await SalesforceRig.StartAsync();
        var old = await rig.Client.UpsertCaseAsync("txn-old", new JsonObject { ["Subject"] = "Old and open" }, Cancel);
        await rig.Client.UpsertCaseAsync("txn-closed", new JsonObject { ["Subject"] = "Old but closed", ["Status"] = "Closed" }, Cancel);
        await rig.Client.UpsertCaseAsync("txn-escalated", new JsonObject { ["Subject"] = "Old, escalated", ["IsEscalated"] = true }, Cancel);
        rig.Clock.Advance(TimeSpan.FromHours(73));
        await rig.Client.UpsertCaseAsync("txn-new", new JsonObject { ["Subject"] = "New" }, Cancel);
        var cutoff = rig.Clock.GetUtcNow().AddHours(-72).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var result = await rig.Client.QueryAsync($"SELECT Id FROM Case WHERE IsClosed = false AND IsEscalated = false AND CreatedDate < {cutoff}", cancellationToken: Cancel);

        Assert.Equal([old.Id], result.Records.Select(r => r["Id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("SELECT Id FROM Case WHERE Status = 'New' OR Status = 'Working'", "MALFORMED_QUERY")]
    [InlineData("SELECT Id FROM Case WHERE CreatedDate < '2026-01-01'", "INVALID_FIELD")]
    [InlineData("SELECT Colour__c FROM Case", "INVALID_FIELD")]
    [InlineData("SELECT Id FROM Opportunity", "INVALID_TYPE")]
    public async Task a_query_outside_the_subset_or_the_schema_is_refused_with_salesforces_code(string soql, string errorCode)
    {
        await using var rig = await SalesforceRig.StartAsync();

        var error = await Assert.ThrowsAsync<IntegrationException>(() => rig.Client.QueryAsync(soql, cancellationToken: Cancel));

        Assert.Equal(errorCode, error.ErrorCode);
        Assert.False(error.IsTransient);
    }
}

using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Resilience;
using OnboardingBpm.Integrations.Salesforce;
using OnboardingBpm.Integrations.Tests.Salesforce.Support;

namespace OnboardingBpm.Integrations.Tests.Salesforce;

public sealed class SalesforceUsageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task the_limit_header_reaches_salesforce_usage_and_the_gauges()
    {
        await using var rig = await SalesforceRig.StartAsync(vendor: org => org.DailyApiLimit = 5000);
        var usage = rig.Services.GetRequiredService<SalesforceUsage>();
        Assert.Null(usage.Used);

        await rig.Client.UpsertCaseAsync("txn-usage-1", new JsonObject { ["Subject"] = "One" }, Cancel);
        await rig.Client.UpsertCaseAsync("txn-usage-2", new JsonObject { ["Subject"] = "Two" }, Cancel);

        Assert.Equal(2, usage.Used);
        Assert.Equal(5000, usage.Limit);
        Assert.Equal(rig.Clock.GetUtcNow(), usage.ReadAt);
        Assert.Equal(new Dictionary<string, long> { ["salesforce.api.usage"] = 2, ["salesforce.api.limit"] = 5000 }, ReadGauges(rig.Services.GetRequiredService<IMeterFactory>()));
    }

    [Fact]
    public async Task a_used_up_daily_allocation_is_refused_with_request_limit_exceeded()
    {
        await using var rig = await SalesforceRig.StartAsync(vendor: org => org.DailyApiLimit = 1);
        await rig.Client.UpsertCaseAsync("txn-limit-1", new JsonObject { ["Subject"] = "Within the limit" }, Cancel);

        var error = await Assert.ThrowsAsync<IntegrationException>(() =>
            rig.Client.UpsertCaseAsync("txn-limit-2", new JsonObject { ["Subject"] = "Over the limit" }, Cancel));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.Status);
        Assert.Equal("REQUEST_LIMIT_EXCEEDED", error.ErrorCode);
    }

    /// <summary>The gauges of this rig's meter factory (other tests run their own in parallel).</summary>
    private static Dictionary<string, long> ReadGauges(IMeterFactory factory)
    {
        var values = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SalesforceUsage.MeterName && ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Name.StartsWith("salesforce.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => values[instrument.Name] = value);
        listener.Start();
        listener.RecordObservableInstruments();
        return values;
    }
}

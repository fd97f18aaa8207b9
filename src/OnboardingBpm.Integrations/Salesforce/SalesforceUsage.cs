using System.Diagnostics.Metrics;
using System.Globalization;

namespace OnboardingBpm.Integrations.Salesforce;

/// <summary>
/// The org's API usage as the last response's <c>Sforce-Limit-Info: api-usage=18/5000</c> told it, for the
/// health output and as the gauges <c>salesforce.api.usage</c> and <c>salesforce.api.limit</c>.
/// </summary>
public sealed class SalesforceUsage
{
    public const string MeterName = "OnboardingBpm.Integrations";
    public const string Header = "Sforce-Limit-Info";

    private readonly Lock gate = new();
    private readonly TimeProvider time;

    public SalesforceUsage(IMeterFactory meters, TimeProvider time)
    {
        this.time = time;
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("salesforce.api.usage", () => Observe(Used), "{request}", "API requests the Salesforce org has used in the rolling 24 hours");
        meter.CreateObservableGauge("salesforce.api.limit", () => Observe(Limit), "{request}", "The Salesforce org's daily API request allocation");
    }

    public long? Used { get; private set; }

    public long? Limit { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    internal void Read(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues(Header, out var values))
        {
            return;
        }

        // "api-usage=18/5000; api-bursts=1/750": only api-usage is the daily allocation.
        foreach (var part in string.Join(';', values).Split(';', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("api-usage=", StringComparison.OrdinalIgnoreCase)
                && part["api-usage=".Length..].Split('/') is [var used, var limit]
                && long.TryParse(used, NumberStyles.None, CultureInfo.InvariantCulture, out var u)
                && long.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var l))
            {
                lock (gate)
                {
                    (Used, Limit, ReadAt) = (u, l, time.GetUtcNow());
                }
            }
        }
    }

    private static IEnumerable<Measurement<long>> Observe(long? value) =>
        value is { } known ? [new Measurement<long>(known)] : [];
}

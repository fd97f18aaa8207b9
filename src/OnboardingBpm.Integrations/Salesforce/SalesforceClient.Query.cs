using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Integrations.Salesforce;

/// <summary>A query's records (at most the requested number) and how many matched in all.</summary>
public sealed record SalesforceQueryResult(int TotalSize, IReadOnlyList<JsonObject> Records, bool Truncated);

public sealed partial class SalesforceClient
{
    /// <summary>Runs SOQL and follows nextRecordsUrl until every record is read or <paramref name="maxRecords"/> are.</summary>
    public async Task<SalesforceQueryResult> QueryAsync(string soql, int maxRecords = 2000, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(soql);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRecords);
        var records = new List<JsonObject>();
        var next = Url("query?q=" + Uri.EscapeDataString(soql));
        var totalSize = 0;
        while (true)
        {
            using var response = await http.GetAsync(next, cancellationToken);
            await EnsureSuccessAsync(response, "query", cancellationToken);
            var page = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) ?? [];
            totalSize = page["totalSize"]?.GetValue<int>() ?? totalSize;
            records.AddRange((page["records"] as JsonArray ?? []).OfType<JsonObject>().Select(r => (JsonObject)r.DeepClone()));
            var nextUrl = page["nextRecordsUrl"]?.GetValue<string>();
            if (records.Count >= maxRecords || page["done"]?.GetValue<bool>() != false || nextUrl is null)
            {
                var truncated = records.Count > maxRecords || (records.Count == maxRecords && nextUrl is not null);
                return new SalesforceQueryResult(totalSize, records.Take(maxRecords).ToList(), truncated);
            }

            next = new Uri(Auth.SalesforceTokenProvider.Root(Settings.BaseUrl), nextUrl.TrimStart('/'));
        }
    }
}

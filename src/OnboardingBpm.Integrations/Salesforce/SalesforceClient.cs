using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Caching;
using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Salesforce;

/// <summary>What an upsert did: the case's id and whether this call created it.</summary>
public sealed record SalesforceUpsertResult(string Id, bool Created);

/// <summary>
/// The Salesforce REST API for Cases. Cases are created only by upsert on the external-id transaction field,
/// so a retried or replayed write updates the case it made the first time. Reads go through the integration
/// cache: a failing Salesforce answers from it, marked stale.
/// </summary>
public sealed partial class SalesforceClient(HttpClient http, IOptionsMonitor<SalesforceOptions> options, IntegrationCache cache)
{
    public const string Vendor = "salesforce";

    private SalesforceOptions Settings => options.CurrentValue;

    public async Task<SalesforceUpsertResult> UpsertCaseAsync(string transactionId, JsonObject fields, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(transactionId);
        var settings = Settings;
        var body = Without(fields, settings.ExternalIdField);
        using var response = await http.PatchAsync(Url($"sobjects/Case/{settings.ExternalIdField}/{Uri.EscapeDataString(transactionId)}"), JsonContent.Create(body), cancellationToken);
        await EnsureSuccessAsync(response, "upsert case", cancellationToken);

        SalesforceUpsertResult result;
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            // Before API v46 an upsert that updated answers 204 without the id.
            result = new SalesforceUpsertResult(await FetchIdAsync(transactionId, cancellationToken), Created: false);
        }
        else
        {
            var saved = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            result = new SalesforceUpsertResult(saved!["id"]!.GetValue<string>(), response.StatusCode == HttpStatusCode.Created);
        }

        await cache.PutAsync(TransactionKey(transactionId), result.Id, cancellationToken);
        await cache.RemoveAsync(CaseKey(result.Id), cancellationToken);
        return result;
    }

    public async Task UpdateCaseAsync(string caseId, JsonObject fields, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        using var response = await http.PatchAsync(Url($"sobjects/Case/{Uri.EscapeDataString(caseId)}"), JsonContent.Create(fields), cancellationToken);
        await EnsureSuccessAsync(response, "update case", cancellationToken);
        await cache.RemoveAsync(CaseKey(caseId), cancellationToken);
    }

    /// <summary>The case with every field, from Salesforce or the cache (see <see cref="IntegrationCache.ReadAsync{T}"/>).</summary>
    public Task<CachedRead<JsonObject>> GetCaseAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        return cache.ReadAsync(CaseKey(caseId), ct => FetchAsync($"sobjects/Case/{Uri.EscapeDataString(caseId)}", ct), cancellationToken);
    }

    /// <summary>
    /// The case an upsert with <paramref name="transactionId"/> made. The id a transaction maps to never changes,
    /// so the mapping and the case are cached apart: an update of the case does not leave the mapping wrong.
    /// </summary>
    public async Task<CachedRead<JsonObject>> GetCaseByTransactionIdAsync(string transactionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(transactionId);
        var id = await cache.ReadAsync(TransactionKey(transactionId), async ct =>
        {
            var record = await FetchAsync($"sobjects/Case/{Settings.ExternalIdField}/{Uri.EscapeDataString(transactionId)}", ct);
            var caseId = record["Id"]!.GetValue<string>();
            await cache.PutAsync(CaseKey(caseId), record, ct);
            return caseId;
        }, cancellationToken);
        var found = await GetCaseAsync(id.Value, cancellationToken);
        return found with { IsStale = found.IsStale || id.IsStale };
    }

    private async Task<string> FetchIdAsync(string transactionId, CancellationToken cancellationToken)
    {
        var record = await FetchAsync($"sobjects/Case/{Settings.ExternalIdField}/{Uri.EscapeDataString(transactionId)}?fields=Id", cancellationToken);
        return record["Id"]!.GetValue<string>();
    }

    private async Task<JsonObject> FetchAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(Url(path), cancellationToken);
        await EnsureSuccessAsync(response, "read case", cancellationToken);
        var record = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return record ?? throw new IntegrationException(Vendor, "read case: empty body", response.StatusCode);
    }

    /// <summary>An address under the login URL; the auth handler moves it to the token's instance.</summary>
    private Uri Url(string path) => new(Auth.SalesforceTokenProvider.Root(Settings.BaseUrl), $"services/data/{Settings.ApiVersion}/{path}");

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.MultipleChoices)
        {
            throw new IntegrationException(Vendor, $"{operation}: several cases carry this transaction id", response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw await SalesforceErrors.ReadAsync(response, operation, cancellationToken);
        }
    }

    private static JsonObject Without(JsonObject fields, string field)
    {
        var copy = (JsonObject)fields.DeepClone();
        foreach (var key in copy.Select(p => p.Key).Where(k => k.Equals(field, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            copy.Remove(key);
        }

        return copy;
    }

    private static string CaseKey(string caseId) => $"salesforce:case:{caseId}";

    private static string TransactionKey(string transactionId) => $"salesforce:case-by-txn:{transactionId}";
}

using System.Text.Json;
using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Salesforce;

/// <summary>Reads Salesforce's error array (<c>[{"message","errorCode","fields"}]</c>) into an <see cref="IntegrationException"/>.</summary>
internal static class SalesforceErrors
{
    /// <summary>Codes Salesforce answers with a 4xx although trying again later can succeed.</summary>
    private static readonly HashSet<string> RetryableCodes = ["UNABLE_TO_LOCK_ROW"];

    public static async Task<IntegrationException> ReadAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var errors = Parse(body);
        var code = errors.FirstOrDefault().Code;
        var message = errors.Count > 0
            ? string.Join("; ", errors.Select(e => $"{e.Code}: {e.Message}"))
            : $"HTTP {(int)response.StatusCode}";
        return new IntegrationException(SalesforceClient.Vendor, $"{operation} failed: {message}", response.StatusCode, code,
            transient: code is not null && RetryableCodes.Contains(code) ? true : null);
    }

    public static async Task<bool> IsInvalidSessionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return Parse(await response.Content.ReadAsStringAsync(cancellationToken)).Any(e => e.Code == "INVALID_SESSION_ID");
    }

    private static List<(string? Code, string? Message)> Parse(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind != JsonValueKind.Array
                ? []
                : json.RootElement.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.Object)
                    .Select(e => (Text(e, "errorCode"), Text(e, "message")))
                    .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

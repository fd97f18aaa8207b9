using System.Net;
using System.Text.Json;
using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Okta;

/// <summary>Okta's error codes the client branches on (only <c>errorCode</c> is stable enough for that).</summary>
public static class OktaErrorCodes
{
    public const string Validation = "E0000001";
    public const string NotFound = "E0000007";
    public const string AlreadyActive = "E0000016";
}

/// <summary>A failed response: an E0000xxx object, or an OAuth error from the token endpoint.</summary>
internal sealed record OktaFailure(HttpStatusCode Status, string? Code, string? Summary, IReadOnlyList<string> Causes)
{
    /// <summary>E0000001 with the cause Okta gives when the login is taken: the user exists already.</summary>
    public bool IsDuplicateLogin =>
        Code == OktaErrorCodes.Validation
        && Causes.Any(c => c.StartsWith("login:", StringComparison.OrdinalIgnoreCase) && c.Contains("already exists", StringComparison.OrdinalIgnoreCase));

    public IntegrationException ToException() =>
        new(OktaClient.Vendor, $"{(int)Status} {Code}: {Summary}" + (Causes.Count > 0 ? $" ({string.Join("; ", Causes)})" : ""), Status, Code);

    public static async Task<OktaFailure?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        string? code = null, summary = null;
        var causes = new List<string>();
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            code = Read(root, "errorCode") ?? Read(root, "error");
            summary = Read(root, "errorSummary") ?? Read(root, "error_description");
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errorCauses", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                causes.AddRange(list.EnumerateArray().Select(c => Read(c, "errorSummary")).OfType<string>());
            }
        }
        catch (JsonException)
        {
            // Not Okta's JSON (a proxy's page, say): the status is all there is to go on.
        }

        return new OktaFailure(response.StatusCode, code, summary ?? response.ReasonPhrase, causes);
    }

    public static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (await ReadAsync(response, cancellationToken) is { } failure)
        {
            throw failure.ToException();
        }
    }

    private static string? Read(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

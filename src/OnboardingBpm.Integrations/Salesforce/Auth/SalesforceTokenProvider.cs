using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Salesforce.Auth;

/// <summary>
/// Holds the access token for the whole process. Salesforce gives no refresh token and no lifetime, so a token
/// is kept until a call gets 401 INVALID_SESSION_ID; then one caller renews it while the others wait for it.
/// </summary>
public sealed class SalesforceTokenProvider(IHttpClientFactory httpClients, IOptionsMonitor<SalesforceOptions> options, TimeProvider time)
{
    public const string HttpClientName = "salesforce-auth";

    private readonly SemaphoreSlim renewal = new(1, 1);
    private SalesforceToken? current;

    public async Task<SalesforceToken> GetAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (current is { } token && token.IssuedFor == Fingerprint(settings))
        {
            return token;
        }

        return await RenewAsync(refused: current, cancellationToken);
    }

    /// <summary>
    /// Replaces <paramref name="refused"/>. When another caller has already replaced it, that newer token is
    /// returned without asking again, so a burst of 401s costs one token request.
    /// </summary>
    public async Task<SalesforceToken> RenewAsync(SalesforceToken? refused, CancellationToken cancellationToken)
    {
        await renewal.WaitAsync(cancellationToken);
        try
        {
            var settings = options.CurrentValue;
            if (current is { } token && !ReferenceEquals(token, refused) && token.IssuedFor == Fingerprint(settings))
            {
                return token;
            }

            current = await RequestAsync(settings, cancellationToken);
            return current;
        }
        finally
        {
            renewal.Release();
        }
    }

    private async Task<SalesforceToken> RequestAsync(SalesforceOptions settings, CancellationToken cancellationToken)
    {
        var form = settings.AuthFlow switch
        {
            SalesforceAuthFlow.JwtBearer => new Dictionary<string, string>
            {
                ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
                ["assertion"] = SalesforceJwtAssertion.Create(settings, time.GetUtcNow()),
            },
            _ => new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.ClientId ?? "",
                ["client_secret"] = settings.ClientSecret ?? "",
            },
        };

        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.PostAsync(new Uri(Root(settings.BaseUrl), "services/oauth2/token"), new FormUrlEncodedContent(form), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout)
        {
            // Thrown as a network-level failure so the pipeline around the API call retries it.
            throw new HttpRequestException($"token endpoint answered {(int)response.StatusCode}", null, response.StatusCode);
        }

        using var json = Parse(body);
        var root = json?.RootElement;
        if (!response.IsSuccessStatusCode || root?.TryGetProperty("access_token", out var accessToken) != true)
        {
            var error = root is { } r && r.TryGetProperty("error", out var e) ? e.GetString() : null;
            var description = root is { } d && d.TryGetProperty("error_description", out var m) ? m.GetString() : body;
            throw new IntegrationException(SalesforceClient.Vendor, $"token request refused ({settings.AuthFlow}): {error}: {description}", response.StatusCode, error);
        }

        var instance = root.Value.TryGetProperty("instance_url", out var url) && url.GetString() is { Length: > 0 } text ? text : settings.BaseUrl;
        return new SalesforceToken(accessToken.GetString()!, Root(instance), Fingerprint(settings));
    }

    private static JsonDocument? Parse(string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static Uri Root(string url) => new(url.TrimEnd('/') + "/");

    /// <summary>A token belongs to the endpoint and identity it was issued for; changed settings mean a new one.</summary>
    private static string Fingerprint(SalesforceOptions settings) =>
        $"{settings.BaseUrl}|{settings.AuthFlow}|{settings.ClientId}|{settings.Username}";
}

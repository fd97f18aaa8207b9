using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OnboardingBpm.Integrations.Okta;

/// <summary>
/// The OAuth service app's access token, fetched from the org server with a <c>private_key_jwt</c> assertion
/// and cached until shortly before it expires. A token the API refused is replaced once; callers that
/// refused the same token together share one renewal.
/// </summary>
internal sealed class OktaTokenSource(IHttpClientFactory clients, IOptionsMonitor<OktaOptions> options, TimeProvider time)
{
    private static readonly TimeSpan RenewEarly = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan AssertionLifetime = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private CachedToken? current;

    /// <summary>A token, or the token endpoint's failed response (returned to the caller as the call's answer, so the pipeline sees its status).</summary>
    public async Task<(string? Token, HttpResponseMessage? Failure)> GetAsync(string? refused, CancellationToken cancellationToken)
    {
        if (Usable(current, refused) is { } cached)
        {
            return (cached, null);
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Usable(current, refused) is { } renewedMeanwhile)
            {
                return (renewedMeanwhile, null);
            }

            var response = await RequestAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (null, response);
            }

            using (response)
            {
                var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                    ?? throw new HttpRequestException("Okta's token endpoint answered with an empty body.");
                current = new CachedToken(body.access_token, time.GetUtcNow() + TimeSpan.FromSeconds(body.expires_in) - RenewEarly);
                return (current.Token, null);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private string? Usable(CachedToken? token, string? refused) =>
        token is not null && token.Token != refused && time.GetUtcNow() < token.RenewAt ? token.Token : null;

    private async Task<HttpResponseMessage> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var endpoint = settings.BaseUrl.TrimEnd('/') + "/oauth2/v1/token";
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["scope"] = settings.Scopes,
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = Assertion(settings, endpoint),
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = form };
        request.Headers.Accept.ParseAdd("application/json");
        return await clients.CreateClient(OktaClient.TokenClientName).SendAsync(request, cancellationToken);
    }

    /// <summary>The client assertion: iss = sub = client id, aud = the token endpoint, a short exp, a fresh jti.</summary>
    private string Assertion(OktaOptions settings, string audience)
    {
        if (string.IsNullOrWhiteSpace(settings.ClientId) || string.IsNullOrWhiteSpace(settings.PrivateKeyPem))
        {
            throw new InvalidOperationException("Okta PrivateKeyJwt needs Integrations:Okta:ClientId and PrivateKeyPem.");
        }

        using var rsa = RSA.Create();
        rsa.ImportFromPem(settings.PrivateKeyPem);
        var key = new RsaSecurityKey(rsa)
        {
            KeyId = settings.KeyId,
            // The RSA object is disposed after signing, so its provider must not be cached for later calls.
            CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
        };
        var now = time.GetUtcNow();
        var claims = new Dictionary<string, object>
        {
            ["iss"] = settings.ClientId,
            ["sub"] = settings.ClientId,
            ["aud"] = audience,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + AssertionLifetime).ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString("N"),
        };
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor { Claims = claims, SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256) });
    }

    private sealed record CachedToken(string Token, DateTimeOffset RenewAt);

#pragma warning disable IDE1006 // The token endpoint's snake_case field names.
    private sealed record TokenResponse(string access_token, int expires_in);
#pragma warning restore IDE1006
}

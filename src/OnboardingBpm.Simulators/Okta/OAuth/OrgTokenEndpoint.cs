using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OnboardingBpm.Simulators.Okta.OAuth;

/// <summary>
/// The org authorization server's token endpoint (<c>/oauth2/v1/token</c>), the one that issues <c>okta.*</c>
/// scopes: client credentials for service apps that prove themselves with a <c>private_key_jwt</c> assertion.
/// </summary>
internal static class OrgTokenEndpoint
{
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    public static void MapOrgToken(this IEndpointRouteBuilder app) => app.MapPost("/oauth2/v1/token", TokenAsync).DisableAntiforgery();

    private static async Task<IResult> TokenAsync(HttpContext context, OktaSimulatorOptions options, TokenIssuer issuer, IssuedTokens tokens)
    {
        if (!context.Request.HasFormContentType)
        {
            return OAuthErrors.Error("invalid_request", "The request must be application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "client_credentials")
        {
            return OAuthErrors.Error("unsupported_grant_type", "The org authorization server supports client_credentials only.");
        }

        if (form["client_assertion_type"] != AssertionType || form["client_assertion"].FirstOrDefault() is not { Length: > 0 } assertion)
        {
            return OAuthErrors.InvalidClient("A client_assertion of type jwt-bearer is required.");
        }

        var baseUrl = context.Request.BaseUrl();
        var now = context.Now();
        var (app, problem) = await VerifyAssertionAsync(assertion, options, $"{baseUrl}/oauth2/v1/token", now, tokens);
        if (app is null)
        {
            return OAuthErrors.InvalidClient(problem!);
        }

        var scopes = OAuthErrors.Scopes(form["scope"]);
        if (scopes.Count == 0)
        {
            return OAuthErrors.InvalidScope("The authorization server resource does not have any configured default scopes, 'scope' must be provided.");
        }

        if (scopes.FirstOrDefault(s => !app.Scopes.Contains(s)) is { } missing)
        {
            return OAuthErrors.InvalidScope($"The following scopes were not granted to the client: {missing}.");
        }

        var token = issuer.AccessToken(baseUrl, baseUrl, app.ClientId, scopes, user: null, now, org: true);
        return OAuthErrors.TokenResponse(context, new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)TokenIssuer.Lifetime.TotalSeconds,
            ["access_token"] = token,
            ["scope"] = string.Join(' ', scopes),
        });
    }

    /// <summary>Checks the assertion: a known app's key signed it (RS256), aud is this endpoint, iss = sub = client id, exp at most an hour ahead, jti unused.</summary>
    private static async Task<(OktaServiceApp? App, string? Problem)> VerifyAssertionAsync(string assertion, OktaSimulatorOptions options, string audience, DateTimeOffset now, IssuedTokens tokens)
    {
        var handler = new JsonWebTokenHandler();
        if (!handler.CanReadToken(assertion))
        {
            return (null, "The client_assertion is not a JWT.");
        }

        var unverified = handler.ReadJsonWebToken(assertion);
        if (options.ServiceApps.Find(a => a.ClientId == unverified.Issuer) is not { } app)
        {
            return (null, "The client_assertion issuer is not a known client.");
        }

        using var rsa = RSA.Create();
        rsa.ImportFromPem(app.PublicKeyPem);
        var result = await handler.ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            ValidIssuer = app.ClientId,
            ValidAudience = audience,
            // The RSA object is disposed after this call, so its signature provider must not be cached.
            IssuerSigningKey = new RsaSecurityKey(rsa) { CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false } },
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            // Lifetime is checked below on the simulator's clock, which tests move by hand.
            ValidateLifetime = false,
        });
        if (!result.IsValid)
        {
            return (null, $"The client_assertion could not be verified: {result.Exception?.Message}");
        }

        var token = (JsonWebToken)result.SecurityToken;
        if (token.Subject != app.ClientId)
        {
            return (null, "The client_assertion sub must be the client id.");
        }

        if (!token.TryGetPayloadValue<long>("exp", out var exp) || DateTimeOffset.FromUnixTimeSeconds(exp) <= now)
        {
            return (null, "The client_assertion token is expired.");
        }

        if (DateTimeOffset.FromUnixTimeSeconds(exp) > now + TimeSpan.FromHours(1))
        {
            return (null, "The client_assertion token has an expiration too far into the future.");
        }

        if (token.TryGetPayloadValue<string>("jti", out var jti) && !tokens.UseAssertion(jti))
        {
            return (null, "The client_assertion token has already been used.");
        }

        return (app, null);
    }
}

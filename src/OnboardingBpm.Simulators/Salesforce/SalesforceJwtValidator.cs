using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>Checks a JWT bearer assertion as Salesforce does: RS256 signed with the app's certificate, iss, aud, exp and sub.</summary>
public sealed class SalesforceJwtValidator(SalesforceSimulatorOptions options, SimulatorClock clock)
{
    private readonly Lazy<SecurityKey?> key = new(() => ReadKey(options.JwtPublicKeyPem));
    private readonly JsonWebTokenHandler handler = new();

    /// <summary>Null when the assertion is good; otherwise the OAuth error to answer with.</summary>
    public async Task<(string Error, string Description)?> ValidateAsync(string assertion, string ownAddress)
    {
        if (key.Value is not { } signingKey)
        {
            return ("invalid_grant", "the connected app has no certificate for the JWT bearer flow");
        }

        if (string.IsNullOrEmpty(assertion) || !handler.CanReadToken(assertion))
        {
            return ("invalid_grant", "invalid assertion");
        }

        var result = await handler.ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            IssuerSigningKey = signingKey,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            // Issuer, audience and expiry are checked below, against the simulator's clock and Salesforce's messages.
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken token)
        {
            return ("invalid_grant", "invalid assertion");
        }

        if (token.Issuer != options.ClientId)
        {
            return ("invalid_client_id", "client identifier invalid");
        }

        var audiences = options.JwtAudiences.Append(ownAddress).Select(a => a.TrimEnd('/'));
        if (!token.Audiences.Any(a => audiences.Contains(a.TrimEnd('/'), StringComparer.OrdinalIgnoreCase)))
        {
            return ("invalid_grant", "audience is invalid");
        }

        if (!token.TryGetPayloadValue<long>("exp", out var exp) || DateTimeOffset.FromUnixTimeSeconds(exp) <= clock.Now)
        {
            return ("invalid_grant", "expired authorization code");
        }

        if (string.IsNullOrEmpty(token.Subject) || (options.JwtUsernames.Count > 0 && !options.JwtUsernames.Contains(token.Subject, StringComparer.OrdinalIgnoreCase)))
        {
            return ("invalid_grant", "user hasn't approved this consumer");
        }

        return null;
    }

    private static SecurityKey? ReadKey(string? pem)
    {
        if (string.IsNullOrWhiteSpace(pem))
        {
            return null;
        }

        if (pem.Contains("BEGIN CERTIFICATE", StringComparison.Ordinal))
        {
            return new RsaSecurityKey(X509Certificate2.CreateFromPem(pem).GetRSAPublicKey());
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return new RsaSecurityKey(rsa);
    }
}

using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OnboardingBpm.Integrations.Salesforce.Auth;

/// <summary>The JWT bearer flow's assertion: RS256, iss = consumer key, sub = username, aud = login URL, exp minutes ahead.</summary>
internal static class SalesforceJwtAssertion
{
    public static string Create(SalesforceOptions options, DateTimeOffset now)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(ReadKey(options));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Required(options.ClientId, nameof(options.ClientId)),
            Audience = (string.IsNullOrWhiteSpace(options.Audience) ? options.BaseUrl : options.Audience).TrimEnd('/'),
            Subject = new ClaimsIdentity([new Claim("sub", Required(options.Username, nameof(options.Username)))]),
            // Times come from the injected clock, not the handler's DateTime.UtcNow.
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + options.AssertionLifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private static string ReadKey(SalesforceOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PrivateKeyPem))
        {
            return options.PrivateKeyPem;
        }

        return !string.IsNullOrWhiteSpace(options.PrivateKeyPath)
            ? File.ReadAllText(options.PrivateKeyPath)
            : throw new InvalidOperationException("Salesforce JWT bearer flow needs PrivateKeyPem or PrivateKeyPath.");
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"Salesforce JWT bearer flow needs {name}.") : value;
}

using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace OnboardingBpm.Simulators.Okta.OAuth;

/// <summary>The RS256 key the simulated authorization servers sign with, generated at start and published as a JWKS.</summary>
internal sealed class SigningKey : IDisposable
{
    private readonly RSA rsa = RSA.Create(2048);

    public SigningKey()
    {
        var key = new RsaSecurityKey(rsa) { KeyId = "sim-" + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12)) };
        Credentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
    }

    public SigningCredentials Credentials { get; }

    public string KeyId => Credentials.Key.KeyId;

    public JsonObject Jwks()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["alg"] = "RS256",
                ["kid"] = KeyId,
                ["use"] = "sig",
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            }),
        };
    }

    public void Dispose() => rsa.Dispose();
}

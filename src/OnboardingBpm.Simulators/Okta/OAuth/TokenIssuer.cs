using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OnboardingBpm.Simulators.Okta.OAuth;

/// <summary>A signed-in person as the tokens describe them.</summary>
internal sealed record SignedInUser(string Id, string Login, string Name, string Email, IReadOnlyList<string> Groups);

/// <summary>Mints Okta-shaped RS256 access and ID tokens on the simulator's clock and records the access tokens.</summary>
internal sealed class TokenIssuer(SigningKey key, IssuedTokens tokens)
{
    public const string DefaultAudience = "api://default";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>An access token; <paramref name="user"/> is null for client credentials (no uid, sub = client id).</summary>
    public string AccessToken(string issuer, string audience, string clientId, IReadOnlyList<string> scopes, SignedInUser? user, DateTimeOffset now, bool org = false)
    {
        var claims = Times(now);
        claims["ver"] = 1;
        claims["jti"] = "AT." + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        claims["iss"] = issuer;
        claims["aud"] = audience;
        claims["cid"] = clientId;
        claims["scp"] = scopes.ToArray();
        claims["sub"] = user?.Login ?? clientId;
        if (user is not null)
        {
            claims["uid"] = user.Id;
            claims["auth_time"] = now.ToUnixTimeSeconds();
            claims["groups"] = user.Groups.ToArray();
        }

        var token = Sign(claims);
        tokens.AddAccessToken(token, new IssuedToken(clientId, scopes, now + Lifetime, org));
        return token;
    }

    public string IdToken(string issuer, string clientId, SignedInUser user, string? nonce, DateTimeOffset now)
    {
        var claims = Times(now);
        claims["ver"] = 1;
        claims["jti"] = "ID." + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        claims["iss"] = issuer;
        claims["aud"] = clientId;
        claims["sub"] = user.Id;
        claims["name"] = user.Name;
        claims["email"] = user.Email;
        claims["preferred_username"] = user.Login;
        claims["auth_time"] = now.ToUnixTimeSeconds();
        claims["amr"] = new[] { "pwd" };
        claims["idp"] = "00osimulatedorgidp";
        claims["groups"] = user.Groups.ToArray();
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        return Sign(claims);
    }

    private string Sign(Dictionary<string, object> claims) =>
        Handler.CreateToken(new SecurityTokenDescriptor { Claims = claims, SigningCredentials = key.Credentials });

    private static Dictionary<string, object> Times(DateTimeOffset now) => new(StringComparer.Ordinal)
    {
        ["iat"] = now.ToUnixTimeSeconds(),
        ["exp"] = (now + Lifetime).ToUnixTimeSeconds(),
    };
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.Tokens;
using OnboardingBpm.Simulators.Okta.Directory;

namespace OnboardingBpm.Simulators.Okta.OAuth;

/// <summary><c>/oauth2/default/v1/token</c>: authorization code with PKCE, refresh token, password and client credentials.</summary>
internal static class DefaultTokenEndpoint
{
    public static void MapDefaultToken(this IEndpointRouteBuilder server) => server.MapPost("/v1/token", TokenAsync).DisableAntiforgery();

    private static async Task<IResult> TokenAsync(HttpContext context, OAuthClients clients, OktaDirectory directory, TokenIssuer issuer, IssuedTokens tokens)
    {
        if (!context.Request.HasFormContentType)
        {
            return OAuthErrors.Error("invalid_request", "The request must be application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var (client, problem) = clients.Authenticate(context.Request, form);
        if (client is null)
        {
            return OAuthErrors.InvalidClient(problem!);
        }

        var grant = new Grant(context, client, form, clients, directory, issuer, tokens);
        return form["grant_type"].ToString() switch
        {
            "authorization_code" => grant.AuthorizationCode(),
            "refresh_token" => grant.RefreshToken(),
            "password" when client.Confidential => grant.Password(),
            "client_credentials" when client.Confidential => grant.ClientCredentials(),
            "password" or "client_credentials" => OAuthErrors.Error("unauthorized_client", "The client is not authorized to use the provided grant type."),
            _ => OAuthErrors.Error("unsupported_grant_type", "The authorization grant type is not supported by the authorization server."),
        };
    }

    private sealed class Grant(HttpContext context, OAuthClient client, IFormCollection form, OAuthClients clients, OktaDirectory directory, TokenIssuer issuer, IssuedTokens tokens)
    {
        private readonly DateTimeOffset now = context.Now();
        private readonly string issuerUrl = DefaultServerEndpoints.Issuer(context.Request);

        public IResult AuthorizationCode()
        {
            if (tokens.TakeCode(form["code"].ToString()) is not { } code || code.ExpiresAt <= now || code.ClientId != client.ClientId)
            {
                return OAuthErrors.InvalidGrant("The authorization code is invalid or has expired.");
            }

            if (code.RedirectUri != form["redirect_uri"])
            {
                return OAuthErrors.InvalidGrant("The 'redirect_uri' does not match the redirection URI used in the authorization request.");
            }

            if (code.CodeChallenge is not null && Challenge(form["code_verifier"].ToString()) != code.CodeChallenge)
            {
                return OAuthErrors.InvalidGrant("PKCE verification failed.");
            }

            return ForUser(code.Login, code.Scopes, code.Nonce);
        }

        public IResult RefreshToken()
        {
            if (tokens.FindRefreshToken(form["refresh_token"].ToString()) is not { } refresh || refresh.ClientId != client.ClientId)
            {
                return OAuthErrors.InvalidGrant("The refresh token is invalid or expired.");
            }

            return ForUser(refresh.Login, refresh.Scopes, nonce: null);
        }

        public IResult Password()
        {
            var scopes = OAuthErrors.Scopes(form["scope"]);
            if (CheckScopes(scopes) is { } invalid)
            {
                return invalid;
            }

            var login = form["username"].ToString();
            return directory.CheckPassword(login, form["password"].ToString())
                ? ForUser(login, scopes, nonce: null)
                : OAuthErrors.InvalidGrant("The credentials provided were invalid.");
        }

        public IResult ClientCredentials()
        {
            var scopes = OAuthErrors.Scopes(form["scope"]);
            if (CheckScopes(scopes) is { } invalid)
            {
                return invalid;
            }

            if (scopes.Any(OAuthClients.OidcScopes.Contains))
            {
                return OAuthErrors.InvalidScope("The client_credentials grant accepts custom scopes only.");
            }

            var token = issuer.AccessToken(issuerUrl, TokenIssuer.DefaultAudience, client.ClientId, scopes, user: null, now);
            return OAuthErrors.TokenResponse(context, Body(token, scopes));
        }

        private IResult ForUser(string login, IReadOnlyList<string> scopes, string? nonce)
        {
            if (directory.SignInIdentity(login) is not { } identity)
            {
                return OAuthErrors.InvalidGrant("The user is not active.");
            }

            var profile = identity.Profile;
            var name = $"{profile["firstName"]} {profile["lastName"]}".Trim();
            var user = new SignedInUser(identity.Id, profile["login"]!.GetValue<string>(), name, profile["email"]?.GetValue<string>() ?? login, identity.Groups);
            var body = Body(issuer.AccessToken(issuerUrl, TokenIssuer.DefaultAudience, client.ClientId, scopes, user, now), scopes);
            if (scopes.Contains("openid"))
            {
                body["id_token"] = issuer.IdToken(issuerUrl, client.ClientId, user, nonce, now);
            }

            if (scopes.Contains("offline_access"))
            {
                var refresh = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
                tokens.AddRefreshToken(refresh, new RefreshGrant(client.ClientId, user.Login, scopes));
                body["refresh_token"] = refresh;
            }

            return OAuthErrors.TokenResponse(context, body);
        }

        private IResult? CheckScopes(IReadOnlyList<string> scopes) =>
            scopes.Count == 0 ? OAuthErrors.InvalidScope("The authorization server resource does not have any configured default scopes, 'scope' must be provided.")
            : scopes.Any(s => !clients.AllowedScopes.Contains(s)) ? OAuthErrors.InvalidScope("One or more scopes are not configured for the authorization server resource.")
            : null;

        private static JsonObject Body(string accessToken, IReadOnlyList<string> scopes) => new()
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)TokenIssuer.Lifetime.TotalSeconds,
            ["access_token"] = accessToken,
            ["scope"] = string.Join(' ', scopes),
        };
    }

    /// <summary>The S256 code challenge of a PKCE verifier: base64url(SHA-256(verifier)).</summary>
    public static string Challenge(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
}

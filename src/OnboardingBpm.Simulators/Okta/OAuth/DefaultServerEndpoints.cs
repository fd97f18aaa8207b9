using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OnboardingBpm.Simulators.Okta.OAuth;

/// <summary>The default custom authorization server: metadata and keys (its authorize and token endpoints have their own files).</summary>
internal static class DefaultServerEndpoints
{
    public const string Path = "/oauth2/default";

    public static string Issuer(HttpRequest request) => request.BaseUrl() + Path;

    public static void MapDefaultServer(this IEndpointRouteBuilder app)
    {
        var server = app.MapGroup(Path);
        server.MapGet("/.well-known/openid-configuration", Metadata);
        server.MapGet("/.well-known/oauth-authorization-server", Metadata);
        server.MapGet("/v1/keys", (HttpContext context, SigningKey key) =>
        {
            // Okta's keys rotate rarely; clients cache them and refetch on an unknown kid.
            context.Response.Headers.CacheControl = "max-age=3600, must-revalidate";
            return Results.Json(key.Jwks());
        });
        server.MapAuthorize();
        server.MapDefaultToken();
    }

    private static IResult Metadata(HttpContext context, OAuthClients clients)
    {
        var issuer = Issuer(context.Request);
        return Results.Json(new JsonObject
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = $"{issuer}/v1/authorize",
            ["token_endpoint"] = $"{issuer}/v1/token",
            ["jwks_uri"] = $"{issuer}/v1/keys",
            ["response_types_supported"] = new JsonArray("code"),
            ["response_modes_supported"] = new JsonArray("query"),
            ["grant_types_supported"] = new JsonArray("authorization_code", "client_credentials", "password", "refresh_token"),
            ["subject_types_supported"] = new JsonArray("public"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["scopes_supported"] = new JsonArray(clients.AllowedScopes.Select(s => (JsonNode)JsonValue.Create(s)).ToArray()),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_basic", "client_secret_post", "none"),
            ["claims_supported"] = new JsonArray("ver", "jti", "iss", "sub", "aud", "iat", "exp", "cid", "uid", "scp", "auth_time", "nonce", "name", "email", "preferred_username", "groups"),
            ["code_challenge_methods_supported"] = new JsonArray("S256"),
            ["request_parameter_supported"] = false,
        });
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OnboardingBpm.Simulators.Okta.OAuth;

/// <summary>The OAuth 2.0 error body of the token endpoints: <c>{"error","error_description"}</c>.</summary>
internal static class OAuthErrors
{
    public static IResult Error(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new JsonObject { ["error"] = error, ["error_description"] = description }, statusCode: status);

    public static IResult InvalidClient(string description) => Error("invalid_client", description, StatusCodes.Status401Unauthorized);

    public static IResult InvalidGrant(string description) => Error("invalid_grant", description);

    public static IResult InvalidScope(string description) => Error("invalid_scope", description);

    public static IResult TokenResponse(HttpContext context, JsonObject body)
    {
        context.Response.Headers.CacheControl = "no-cache, no-store";
        context.Response.Headers.Pragma = "no-cache";
        return Results.Json(body);
    }

    public static IReadOnlyList<string> Scopes(string? scope) =>
        (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}

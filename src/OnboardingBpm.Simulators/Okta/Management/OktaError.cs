using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OnboardingBpm.Simulators.Okta.Management;

/// <summary>An Okta error: the E0000xxx object every management API failure carries.</summary>
internal sealed record OktaError(int Status, string Code, string Summary, IReadOnlyList<string>? Causes = null)
{
    public static OktaError Validation(params string[] causes) => new(400, "E0000001", "Api validation failed: " + string.Join(", ", causes.Select(c => c.Split(':')[0])), causes);

    public static OktaError Malformed => new(400, "E0000003", "The request body was not well-formed.");

    public static OktaError InvalidToken => new(401, "E0000011", "Invalid token provided");

    public static OktaError PermissionDenied => new(403, "E0000006", "You do not have permission to perform the requested action");

    public static OktaError NotFound(string key, string kind) => new(404, "E0000007", $"Not found: Resource not found: {key} ({kind})");

    public static OktaError AlreadyActive => new(403, "E0000016", "Activation failed because the user is already active");

    public static OktaError RateLimited => new(429, "E0000047", "API call exceeded rate limit due to too many requests.");

    /// <summary>The error an injected status stands for.</summary>
    public static OktaError ForStatus(int status) => status switch
    {
        400 => Validation("request: Injected validation failure"),
        401 => InvalidToken,
        403 => PermissionDenied,
        404 => new(404, "E0000007", "Not found: Resource not found"),
        405 => new(405, "E0000022", "The endpoint does not support the provided HTTP method"),
        429 => RateLimited,
        _ => new(status, "E0000009", "Internal Server Error"),
    };

    public JsonObject ToJson() => new()
    {
        ["errorCode"] = Code,
        ["errorSummary"] = Summary,
        ["errorLink"] = Code,
        ["errorId"] = "oae" + RandomNumberGenerator.GetString(OktaIds.Alphabet, 19),
        ["errorCauses"] = new JsonArray((Causes ?? []).Select(c => (JsonNode)new JsonObject { ["errorSummary"] = c }).ToArray()),
    };

    public Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = Status;
        if (Status == 401)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The token is not valid\"";
        }

        return context.Response.WriteAsJsonAsync(ToJson());
    }

    public IResult ToResult() => Results.Json(ToJson(), statusCode: Status);
}

internal static class OktaIds
{
    public const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static string New(string prefix) => prefix + RandomNumberGenerator.GetString(Alphabet, 17);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>
/// HTTP in front of <see cref="SalesforceRestApi"/>: the bearer token, the API usage count and its
/// <c>Sforce-Limit-Info</c> header, the JSON body; then the operation's status and body as they are.
/// </summary>
internal static class SalesforceDataEndpoint
{
    public const string Prefix = "/services/data";
    public const string LimitHeader = "Sforce-Limit-Info";

    public static async Task HandleAsync(HttpContext context, string version, string? rest, SalesforceRestApi api, SalesforceSessions sessions)
    {
        var token = BearerToken(context.Request);
        if (token is null || !sessions.Touch(token))
        {
            await WriteAsync(context, sessions, ApiResult.Error(401, "INVALID_SESSION_ID", "Session expired or invalid"));
            return;
        }

        if (!sessions.TryCountRequest())
        {
            await WriteAsync(context, sessions, ApiResult.Error(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."));
            return;
        }

        JsonNode? body = null;
        if (context.Request.ContentLength is not 0 && context.Request.Method is "POST" or "PATCH" or "PUT")
        {
            try
            {
                body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            }
            catch (JsonException ex)
            {
                await WriteAsync(context, sessions, ApiResult.Error(400, "JSON_PARSER_ERROR", $"Unexpected character in the request body: {ex.Message}"));
                return;
            }
        }

        var segments = (rest ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        await WriteAsync(context, sessions, api.Handle(new ApiRequest(context.Request.Method, version, segments, query, body)));
    }

    /// <summary>Salesforce takes both <c>Bearer</c> and the older <c>OAuth</c> scheme.</summary>
    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        foreach (var scheme in (string[])["Bearer ", "OAuth "])
        {
            if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return header[scheme.Length..].Trim();
            }
        }

        return null;
    }

    public static async Task WriteAsync(HttpContext context, SalesforceSessions sessions, ApiResult result)
    {
        context.Response.StatusCode = result.Status;
        context.Response.Headers[LimitHeader] = sessions.LimitInfo;
        if (result.Location is { } location)
        {
            context.Response.Headers.Location = location;
        }

        if (result.Status != StatusCodes.Status204NoContent && result.Body is { } body)
        {
            context.Response.ContentType = "application/json;charset=UTF-8";
            await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
        }
    }
}

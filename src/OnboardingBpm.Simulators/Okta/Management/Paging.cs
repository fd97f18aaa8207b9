using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace OnboardingBpm.Simulators.Okta.Management;

/// <summary>Okta's cursor paging: <c>limit</c> and <c>after</c> in, <c>Link</c> headers (self, next) out.</summary>
internal static class Paging
{
    public const int MaxLimit = 200;

    public static int Limit(HttpRequest request) =>
        int.TryParse(request.Query["limit"], out var limit) ? Math.Clamp(limit, 1, MaxLimit) : MaxLimit;

    public static string? After(HttpRequest request) => request.Query["after"].FirstOrDefault();

    public static IResult Page(HttpContext context, List<JsonObject> page, string? nextAfter)
    {
        var request = context.Request;
        var links = new List<string> { $"<{Link(request, request.Query["after"].FirstOrDefault())}>; rel=\"self\"" };
        if (nextAfter is not null)
        {
            links.Add($"<{Link(request, nextAfter)}>; rel=\"next\"");
        }

        context.Response.Headers.Link = links.ToArray();
        return Results.Json(new JsonArray(page.Select(p => (JsonNode)p).ToArray()));
    }

    private static string Link(HttpRequest request, string? after)
    {
        var query = new QueryBuilder();
        foreach (var (key, values) in request.Query.Where(q => q.Key != "after"))
        {
            query.Add(key, values.ToArray()!);
        }

        if (after is not null)
        {
            query.Add("after", after);
        }

        return $"{request.BaseUrl()}{request.PathBase}{request.Path}{query.ToQueryString()}";
    }
}

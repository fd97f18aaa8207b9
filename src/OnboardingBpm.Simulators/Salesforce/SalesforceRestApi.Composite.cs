using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>
/// <c>POST /composite</c>: up to 25 subrequests in order, later ones referring to earlier results with
/// <c>@{referenceId.path}</c>; with allOrNone a failure rolls every change back. The top level is always 200.
/// </summary>
internal sealed partial class SalesforceRestApi
{
    private const int MaxSubrequests = 25;

    private ApiResult Composite(ApiRequest request)
    {
        if (request.Body is not JsonObject body || body["compositeRequest"] is not JsonArray subrequests)
        {
            return ApiResult.Error(400, "JSON_PARSER_ERROR", "compositeRequest is required");
        }

        if (subrequests.Count > MaxSubrequests)
        {
            return ApiResult.Error(400, "LIMIT_EXCEEDED", $"Exceeded max limit of subrequests allowed: {MaxSubrequests}");
        }

        var allOrNone = body["allOrNone"]?.GetValue<bool>() ?? false;
        var snapshot = allOrNone ? store.Snapshot() : null;
        var results = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var responses = new List<(string ReferenceId, ApiResult Result)>();
        var failed = false;
        foreach (var node in subrequests)
        {
            var referenceId = node?["referenceId"]?.GetValue<string>() ?? "";
            var result = failed && allOrNone ? Halted() : Subrequest(node as JsonObject, request.Version, results);
            failed |= !result.IsSuccess;
            responses.Add((referenceId, result));
            results[referenceId] = result.Body;
        }

        if (failed && allOrNone)
        {
            store.Restore(snapshot!);
            responses = responses.Select(r => r.Result.IsSuccess ? (r.ReferenceId, Halted()) : r).ToList();
        }

        return new ApiResult(200, new JsonObject
        {
            ["compositeResponse"] = new JsonArray([.. responses.Select(r => (JsonNode?)new JsonObject
            {
                ["body"] = r.Result.Body?.DeepClone(),
                ["httpHeaders"] = r.Result.Location is { } location ? new JsonObject { ["Location"] = location } : new JsonObject(),
                ["httpStatusCode"] = r.Result.Status,
                ["referenceId"] = r.ReferenceId,
            })]),
        });
    }

    private ApiResult Subrequest(JsonObject? subrequest, string version, Dictionary<string, JsonNode?> results)
    {
        var method = subrequest?["method"]?.GetValue<string>()?.ToUpperInvariant();
        var url = subrequest?["url"]?.GetValue<string>();
        if (method is null || url is null)
        {
            return ApiResult.Error(400, "JSON_PARSER_ERROR", "Each subrequest needs a method and a url");
        }

        try
        {
            url = Substitute(url, results, escape: true);
            var body = subrequest!["body"] is { } raw ? JsonNode.Parse(Substitute(raw.ToJsonString(), results, escape: false)) : null;
            var question = url.IndexOf('?', StringComparison.Ordinal);
            var path = question < 0 ? url : url[..question];
            var query = question < 0
                ? new Dictionary<string, string>()
                : QueryHelpers.ParseQuery(url[question..]).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
            if (segments.Count < 3 || segments[0] != "services" || segments[1] != "data")
            {
                return ApiResult.Error(400, "INVALID_INPUT", $"The url {url} is not a REST API resource of this org.");
            }

            return Dispatch(new ApiRequest(method, segments[2], segments[3..], query, body));
        }
        catch (UnresolvedReferenceException ex)
        {
            return ApiResult.Error(400, "PROCESSING_HALTED", ex.Message);
        }
    }

    /// <summary>Replaces <c>@{ref.id}</c> or <c>@{ref.records[0].Id}</c> with the value from an earlier subrequest's body.</summary>
    private static string Substitute(string text, Dictionary<string, JsonNode?> results, bool escape) =>
        Reference().Replace(text, match =>
        {
            var path = match.Groups[1].Value.Split('.');
            var node = results.GetValueOrDefault(path[0]);
            foreach (var part in path.Skip(1))
            {
                var index = Index().Match(part);
                node = index.Success
                    ? node?[index.Groups[1].Value]?[int.Parse(index.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)]
                    : node?[part];
            }

            if (node is not JsonValue value)
            {
                throw new UnresolvedReferenceException($"Invalid reference specified. No value for {match.Groups[1].Value} found in {path[0]}. Provided referenceId ('{path[0]}') must start with a letter or a number, and it can contain only letters, numbers and underscores ('_').");
            }

            var text = value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
            return escape ? Uri.EscapeDataString(text) : System.Text.Json.JsonEncodedText.Encode(text).ToString();
        });

    private static ApiResult Halted() =>
        ApiResult.Error(400, "PROCESSING_HALTED", "The transaction was rolled back since another operation in the same transaction failed.");

    [GeneratedRegex(@"@\{([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+(?:\[\d+\])?)*)\}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^([A-Za-z0-9_]+)\[(\d+)\]$")]
    private static partial Regex Index();

    private sealed class UnresolvedReferenceException(string message) : Exception(message);
}

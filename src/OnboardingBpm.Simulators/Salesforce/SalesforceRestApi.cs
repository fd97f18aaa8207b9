using System.Globalization;
using System.Text.Json.Nodes;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>One call under <c>/services/data/{version}/</c>, from HTTP or from a composite subrequest.</summary>
internal sealed record ApiRequest(string Method, string Version, IReadOnlyList<string> Segments, IReadOnlyDictionary<string, string> Query, JsonNode? Body);

/// <summary>
/// The REST resources of the simulated org: sObject Case, query, composite and limits. Operations run one
/// at a time under one lock, which also makes a composite request atomic for allOrNone.
/// </summary>
internal sealed partial class SalesforceRestApi(SalesforceSimulatorOptions options, SalesforceSessions sessions, SimulatorClock clock)
{
    private readonly Lock gate = new();
    private readonly CaseStore store = new(new CaseSchema(options), options, clock);

    private CaseSchema Schema => store.Schema;

    public ApiResult Handle(ApiRequest request)
    {
        lock (gate)
        {
            return Dispatch(request);
        }
    }

    /// <summary>Every case in the org, for the inspection endpoint.</summary>
    public JsonArray AllCases(string version)
    {
        lock (gate)
        {
            return [.. store.All.Select(r => r.ToJson(Schema, version))];
        }
    }

    /// <summary>v62.0 -> 62; null for what Salesforce does not serve.</summary>
    public static int? ParseVersion(string version) =>
        version.Length > 3 && version[0] == 'v' && decimal.TryParse(version[1..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
        && version.EndsWith(".0", StringComparison.Ordinal) && number is >= 20 and <= 66
            ? (int)number
            : null;

    private ApiResult Dispatch(ApiRequest request)
    {
        if (ParseVersion(request.Version) is null)
        {
            return ApiResult.NotFound();
        }

        var segments = request.Segments;
        return (segments.Count, segments.ElementAtOrDefault(0)) switch
        {
            (1, "limits") => Only(request, "GET", Limits),
            (1, "query") => Only(request, "GET", () => Query(request)),
            (2, "query") => Only(request, "GET", () => MoreResults(request, segments[1])),
            (1, "composite") => Only(request, "POST", () => Composite(request)),
            ( >= 2 and <= 4, "sobjects") when !segments[1].Equals("Case", StringComparison.OrdinalIgnoreCase) => ApiResult.NotFound(),
            (2, "sobjects") => Only(request, "POST", () => Create(request)),
            (3, "sobjects") => request.Method switch
            {
                "GET" => Get(request, segments[2]),
                "PATCH" => Update(request, segments[2]),
                "DELETE" => Delete(segments[2]),
                _ => NotAllowed(request, "GET, PATCH, DELETE"),
            },
            (4, "sobjects") => request.Method switch
            {
                "GET" => GetByExternalId(request, segments[2], segments[3]),
                "PATCH" => Upsert(request, segments[2], segments[3]),
                _ => NotAllowed(request, "GET, PATCH"),
            },
            _ => ApiResult.NotFound(),
        };
    }

    private static ApiResult Only(ApiRequest request, string method, Func<ApiResult> handle) =>
        request.Method == method ? handle() : NotAllowed(request, method);

    private static ApiResult NotAllowed(ApiRequest request, string allowed) =>
        ApiResult.Error(405, "METHOD_NOT_ALLOWED", $"HTTP Method '{request.Method}' not allowed. Allowed are {allowed}");

    private ApiResult Limits() => new(200, new JsonObject
    {
        ["DailyApiRequests"] = new JsonObject
        {
            ["Max"] = options.DailyApiLimit,
            ["Remaining"] = options.DailyApiLimit - sessions.ApiUsage,
        },
    });
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>SOQL queries with Salesforce's paging: a page of records and a nextRecordsUrl with the query locator.</summary>
internal sealed partial class SalesforceRestApi
{
    private const int KeptCursors = 200;
    private readonly Dictionary<string, List<JsonObject>> cursors = new(StringComparer.Ordinal);
    private readonly Queue<string> cursorOrder = new();
    private long cursorSequence;

    private ApiResult Query(ApiRequest request)
    {
        if (!request.Query.TryGetValue("q", out var text) || string.IsNullOrWhiteSpace(text))
        {
            return ApiResult.Error(400, "MALFORMED_QUERY", "A query string has to be specified");
        }

        List<JsonObject> records;
        try
        {
            var (fields, matches) = SoqlEvaluator.Run(SoqlQuery.Parse(text), Schema, store.All);
            records = matches.Select(r => r.ToJson(Schema, request.Version, fields)).ToList();
        }
        catch (SoqlException ex)
        {
            return ApiResult.Error(400, ex.ErrorCode, ex.Message);
        }

        string? cursor = null;
        if (records.Count > options.QueryPageSize)
        {
            cursor = $"01gHs{++cursorSequence:D10}AAA";
            cursors[cursor] = records;
            cursorOrder.Enqueue(cursor);
            if (cursorOrder.Count > KeptCursors)
            {
                cursors.Remove(cursorOrder.Dequeue());
            }
        }

        return Page(request.Version, cursor, records, 0);
    }

    private ApiResult MoreResults(ApiRequest request, string locator)
    {
        var dash = locator.LastIndexOf('-');
        if (dash < 0
            || !cursors.TryGetValue(locator[..dash], out var records)
            || !int.TryParse(locator[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            || offset > records.Count)
        {
            return ApiResult.Error(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
        }

        return Page(request.Version, locator[..dash], records, offset);
    }

    private ApiResult Page(string version, string? cursor, List<JsonObject> records, int offset)
    {
        var next = offset + options.QueryPageSize;
        var body = new JsonObject
        {
            ["totalSize"] = records.Count,
            ["done"] = next >= records.Count,
        };
        if (next < records.Count)
        {
            body["nextRecordsUrl"] = $"/services/data/{version}/query/{cursor}-{next}";
        }

        body["records"] = new JsonArray([.. records.Skip(offset).Take(options.QueryPageSize).Select(r => (JsonNode?)r.DeepClone())]);
        return new ApiResult(200, body);
    }
}

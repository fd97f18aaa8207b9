using System.Text.Json.Nodes;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>One stored Case: typed values (string, bool, DateTimeOffset) keyed by the declared field name.</summary>
internal sealed class CaseRecord(Dictionary<string, object?> values)
{
    public Dictionary<string, object?> Values { get; } = values;

    public string Id => (string)Values["Id"]!;

    public object? this[string field] => Values.GetValueOrDefault(field);

    public CaseRecord Clone() => new(new Dictionary<string, object?>(Values, StringComparer.OrdinalIgnoreCase));

    public static string Url(string version, string id) => $"/services/data/{version}/sobjects/Case/{id}";

    /// <summary>The REST representation: <c>attributes</c>, then the fields asked for (all by default), in that order.</summary>
    public JsonObject ToJson(CaseSchema schema, string version, IEnumerable<string>? fields = null)
    {
        var json = new JsonObject
        {
            ["attributes"] = new JsonObject { ["type"] = "Case", ["url"] = Url(version, Id) },
        };
        foreach (var name in fields ?? schema.Fields.Select(f => f.Name))
        {
            json[name] = CaseSchema.ToJson(this[name]);
        }

        return json;
    }
}

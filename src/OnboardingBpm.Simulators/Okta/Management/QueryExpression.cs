using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OnboardingBpm.Simulators.Okta.Management;

/// <summary>
/// The subset of Okta's filter / search language the simulator understands: <c>attr op "value"</c> with
/// eq, sw, gt, ge, lt, le on dotted attributes (<c>profile.login</c>, <c>status</c>), joined by and / or
/// (and binds tighter).
/// </summary>
internal static partial class QueryExpression
{
    public static Func<JsonObject, bool>? Parse(string expression)
    {
        var alternatives = new List<List<Func<JsonObject, bool>>>();
        foreach (var conjunction in OrPattern().Split(expression))
        {
            var clauses = new List<Func<JsonObject, bool>>();
            foreach (var text in AndPattern().Split(conjunction))
            {
                var match = ClausePattern().Match(text.Trim());
                if (!match.Success)
                {
                    return null;
                }

                clauses.Add(Clause(match.Groups["attr"].Value, match.Groups["op"].Value.ToLowerInvariant(), Regex.Unescape(match.Groups["value"].Value)));
            }

            alternatives.Add(clauses);
        }

        return item => alternatives.Exists(all => all.TrueForAll(c => c(item)));
    }

    private static Func<JsonObject, bool> Clause(string attribute, string op, string value) => item =>
    {
        var actual = Read(item, attribute);
        if (actual is null)
        {
            return false;
        }

        var order = string.Compare(actual, value, StringComparison.OrdinalIgnoreCase);
        return op switch
        {
            "eq" => order == 0,
            "sw" => actual.StartsWith(value, StringComparison.OrdinalIgnoreCase),
            "gt" => order > 0,
            "ge" => order >= 0,
            "lt" => order < 0,
            _ => order <= 0,
        };
    };

    private static string? Read(JsonObject item, string attribute)
    {
        JsonNode? node = item;
        foreach (var part in attribute.Split('.'))
        {
            node = node is JsonObject obj ? obj[part] : null;
        }

        return node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString();
    }

    [GeneratedRegex(@"\s+or\s+", RegexOptions.IgnoreCase)]
    private static partial Regex OrPattern();

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndPattern();

    [GeneratedRegex(@"^\(?\s*(?<attr>[A-Za-z_][\w.]*)\s+(?<op>eq|sw|gt|ge|lt|le)\s+""(?<value>(?:[^""\\]|\\.)*)""\s*\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ClausePattern();
}

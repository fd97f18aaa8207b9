using System.Text;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// Values that do not belong where the fuzz puts them, as raw JSON text: the wrong type, strings a careless reader
/// trips on (NUL, lone surrogates, huge, markup), and nesting deeper than any parser should follow.
/// </summary>
public static class HostileJson
{
    public const int Deep = 10_000;

    private static readonly (string Label, string Json)[] Fixed =
    [
        ("number", "42"),
        ("negative number", "-1"),
        ("fraction", "0.5"),
        ("number beyond double", "1e309"),
        ("integer beyond long", "123456789012345678901234567890"),
        ("true", "true"),
        ("false", "false"),
        ("null", "null"),
        ("empty array", "[]"),
        ("mixed array", """[1, "two", null, {"three": [3]}]"""),
        ("empty object", "{}"),
        ("nested object", """{"a": {"b": [1, {"c": null}]}}"""),
        ("empty string", "\"\""),
        ("blank string", "\"   \\t  \""),
        ("NUL inside", "\"a\\u0000b\""),
        ("only NUL", "\"\\u0000\""),
        ("lone high surrogate", "\"x\\ud800y\""),
        ("lone low surrogate", "\"\\udc00\""),
        ("surrogates reversed", "\"\\ude00\\ud83d\""),
        ("astral and accents", "\"\\ud83d\\ude00 Ünïcødé 𝔘𝔫𝔦 ✓\""),
        ("right-to-left override", "\"\\u202eevil.exe\""),
        ("byte order mark", "\"\\ufeff\""),
        ("control characters", "\"\\b\\f\\n\\r\\t\\u001f\\u007f\""),
        ("script tag", "\"</script><script>alert(1)</script>\""),
        ("handlebars", "\"{{#each this}}{{this}}{{/each}}{{> evil}}\""),
        ("sql", "\"'; DROP TABLE cases; --\""),
        ("path traversal", "\"../../../etc/passwd\""),
        ("header injection", "\"a\\r\\nX-Injected: 1\""),
        ("format string", "\"{0}{1}%s%n%x\""),
        ("prototype key", """{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}"""),
    ];

    /// <summary>One hostile value, picked by <paramref name="random"/>; the label says which for the failure message.</summary>
    public static (string Label, string Json) Pick(Random random)
    {
        var pick = random.Next(Fixed.Length + 6);
        return pick switch
        {
            _ when pick < Fixed.Length => Fixed[pick],
            _ when pick == Fixed.Length => ("huge string", Quote(new string('x', random.Next(64 * 1024, 1024 * 1024)))),
            _ when pick == Fixed.Length + 1 => ("long unicode string", Quote(string.Concat(Enumerable.Repeat("Ü✓😀", random.Next(1_000, 20_000))))),
            _ when pick == Fixed.Length + 2 => ($"arrays {Deep} deep", new string('[', Deep) + new string(']', Deep)),
            _ when pick == Fixed.Length + 3 => ($"objects {Deep} deep", string.Concat(Enumerable.Repeat("{\"a\":", Deep)) + "1" + new string('}', Deep)),
            _ when pick == Fixed.Length + 4 => ("combining marks", Quote("e" + string.Concat(Enumerable.Repeat("\u0301", 5_000)))),
            _ => ("wide array", "[" + string.Join(',', Enumerable.Repeat("0", 100_000)) + "]"),
        };
    }

    /// <summary>A key the reader does not expect: reserved-looking, empty, dotted, or very long.</summary>
    public static string Key(Random random) => random.Next(8) switch
    {
        0 => "__proto__",
        1 => "constructor",
        2 => "$type",
        3 => "",
        4 => "a.b[0]",
        5 => new string('k', random.Next(10_000, 200_000)),
        6 => "extra\u0000key",
        _ => $"extra{random.Next(1000)}",
    };

    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}

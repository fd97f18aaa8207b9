using System.Text;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// Turns a valid body into a hostile one, structurally: the JSON broken, the wrong top-level type, one field
/// replaced by a hostile value, removed, duplicated or joined by an extra one, a NUL slipped into a text or a key,
/// bytes that are not UTF-8, a content type that lies. Deterministic for a given <see cref="Random"/>.
/// </summary>
public static class JsonMutator
{
    private const string Marker = "@@fuzz-marker-7c1e@@";

    private static readonly string[] ContentTypeLies =
    [
        "text/plain",
        "application/xml",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=utf-16",
        "application/json; charset=iso-8859-1",
        "application/json; charset=no-such-charset",
        "application/json; charset=",
        "application/vnd.onboarding+json",
        "*/*",
        "application/json, text/plain",
        "garbage;;;==",
    ];

    public static FuzzCase Mutate(Random random, JsonObject valid)
    {
        var text = valid.ToJsonString();
        switch (random.Next(15))
        {
            case 0:
                return new FuzzCase("the valid body", FuzzKind.Valid, HostileJson.Utf8(text));
            case 1:
                var cut = random.Next(0, text.Length);
                return new FuzzCase($"truncated at {cut} of {text.Length}", FuzzKind.MustRefuse, HostileJson.Utf8(text[..cut]));
            case 2:
                var (label, json) = HostileJson.Pick(random);
                return new FuzzCase($"the whole body is {label}", json.StartsWith('{') && !IsDeep(label) ? FuzzKind.Mutated : FuzzKind.MustRefuse, HostileJson.Utf8(json));
            case 3:
            case 4:
            case 5:
                return Replace(random, valid);
            case 6:
                return Remove(random, valid);
            case 7:
                return AddExtra(random, valid);
            case 8:
                return DuplicateKey(random, valid);
            case 9:
                return Nest(random, valid);
            case 10:
                return Bytes(random, text);
            case 11:
                return Syntax(random, text);
            case 12:
                return SlipInNul(random, valid);
            default:
                var lie = ContentTypeLies[random.Next(ContentTypeLies.Length)];
                return new FuzzCase($"content type '{lie}'", FuzzKind.Mutated, HostileJson.Utf8(text), lie, Chunked: random.Next(2) == 0);
        }
    }

    /// <summary>A valid-looking body of 5 to 50 MB: one huge field, or a huge array of fields; half without Content-Length.</summary>
    public static FuzzCase Huge(Random random, JsonObject valid)
    {
        var megabytes = random.Next(5, 51);
        var chunked = random.Next(2) == 0;
        var copy = valid.DeepClone().AsObject();
        var (shape, raw) = random.Next(2) == 0
            ? ("one huge string", HostileJson.Quote(new string('x', megabytes * 1024 * 1024)))
            : ("a huge array", "[" + string.Join(',', Enumerable.Repeat("\"abcdefghijklmnopqrstuvwxyz\"", megabytes * 1024 * 1024 / 29)) + "]");
        copy["padding"] = Marker;
        var body = copy.ToJsonString().Replace(HostileJson.Quote(Marker), raw, StringComparison.Ordinal);
        return new FuzzCase($"{megabytes} MB body ({shape}{(chunked ? ", no Content-Length" : "")})", FuzzKind.MustRefuse, HostileJson.Utf8(body), Chunked: chunked);
    }

    /// <summary>Every path to a value in the tree, the root's properties first.</summary>
    public static List<(JsonNode Parent, object Key)> Slots(JsonNode node)
    {
        var slots = new List<(JsonNode, object)>();
        Collect(node, slots);
        return slots;
    }

    private static void Collect(JsonNode node, List<(JsonNode, object)> slots)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj.ToList())
            {
                slots.Add((obj, key));
                if (value is not null)
                {
                    Collect(value, slots);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                slots.Add((array, i));
                if (array[i] is { } item)
                {
                    Collect(item, slots);
                }
            }
        }
    }

    private static FuzzCase Replace(Random random, JsonObject valid)
    {
        var copy = valid.DeepClone().AsObject();
        var slots = Slots(copy);
        var (parent, key) = slots[random.Next(slots.Count)];
        var (label, json) = HostileJson.Pick(random);
        Set(parent, key, Marker);
        var body = copy.ToJsonString().Replace(HostileJson.Quote(Marker), json, StringComparison.Ordinal);
        return new FuzzCase($"{Describe(parent, key)} replaced by {label}", IsDeep(label) ? FuzzKind.MustRefuse : FuzzKind.Mutated, HostileJson.Utf8(body));
    }

    private static FuzzCase Remove(Random random, JsonObject valid)
    {
        var copy = valid.DeepClone().AsObject();
        var slots = Slots(copy);
        var (parent, key) = slots[random.Next(slots.Count)];
        var where = Describe(parent, key);
        if (parent is JsonObject obj)
        {
            obj.Remove((string)key);
        }
        else
        {
            parent.AsArray().RemoveAt((int)key);
        }

        return new FuzzCase($"{where} removed", FuzzKind.Mutated, HostileJson.Utf8(copy.ToJsonString()));
    }

    private static FuzzCase AddExtra(Random random, JsonObject valid)
    {
        var copy = valid.DeepClone().AsObject();
        var objects = Slots(copy).Select(s => s.Parent is JsonObject o ? o[(string)s.Key] : s.Parent.AsArray()[(int)s.Key])
            .OfType<JsonObject>().Prepend(copy).ToList();
        var target = objects[random.Next(objects.Count)];
        var key = HostileJson.Key(random);
        var (label, json) = HostileJson.Pick(random);
        if (!target.TryAdd(key, Marker))
        {
            return new FuzzCase("the valid body (the extra key was there already)", FuzzKind.Valid, HostileJson.Utf8(valid.ToJsonString()));
        }

        var body = copy.ToJsonString().Replace(HostileJson.Quote(Marker), json, StringComparison.Ordinal);
        var shownKey = key.Length > 40 ? $"a {key.Length}-character key" : $"'{key}'";
        return new FuzzCase($"extra field {shownKey} = {label} at {target.GetPath()}", IsDeep(label) ? FuzzKind.MustRefuse : FuzzKind.Mutated, HostileJson.Utf8(body));
    }

    /// <summary>The same key twice in one object: the second carries a hostile value (a reader that keeps the last sees it).</summary>
    private static FuzzCase DuplicateKey(Random random, JsonObject valid)
    {
        var copy = valid.DeepClone().AsObject();
        var candidates = Slots(copy).Where(s => s.Parent is JsonObject).ToList();
        var (parent, key) = candidates[random.Next(candidates.Count)];
        var (label, json) = random.Next(2) == 0 ? ("the same value", parent[(string)key]?.ToJsonString() ?? "null") : HostileJson.Pick(random);
        parent.AsObject()[Marker] = Marker;
        var body = copy.ToJsonString()
            .Replace(HostileJson.Quote(Marker) + ":" + HostileJson.Quote(Marker), HostileJson.Quote((string)key) + ":" + json, StringComparison.Ordinal);
        return new FuzzCase($"{Describe(parent, key)} given twice, the second time as {label}", IsDeep(label) ? FuzzKind.MustRefuse : FuzzKind.Mutated, HostileJson.Utf8(body));
    }

    /// <summary>
    /// A NUL character (<c>\u0000</c>) inside one text or key that is otherwise valid, so no other check refuses it
    /// first: PostgreSQL cannot store U+0000 (SQLite can), so a body that reaches the database with one fails there.
    /// </summary>
    private static FuzzCase SlipInNul(Random random, JsonObject valid)
    {
        var copy = valid.DeepClone().AsObject();
        var slots = Slots(copy);
        var texts = slots.Where(s => Value(s.Parent, s.Key) is JsonValue value && value.TryGetValue<string>(out _)).ToList();
        var keys = slots.Where(s => s.Parent is JsonObject).ToList();
        var intoKey = texts.Count == 0 || random.Next(4) == 0;
        var (parent, key) = intoKey ? keys[random.Next(keys.Count)] : texts[random.Next(texts.Count)];
        var where = Describe(parent, key);
        if (intoKey)
        {
            var name = (string)key;
            var renamed = name.Insert(random.Next(name.Length + 1), "\0");
            var obj = parent.AsObject();
            var value = obj[name];
            obj.Remove(name);
            obj[renamed] = value;
        }
        else
        {
            var text = Value(parent, key)!.GetValue<string>();
            Set(parent, key, text.Insert(random.Next(text.Length + 1), "\0"));
        }

        return new FuzzCase($"a NUL slipped into {(intoKey ? "the key of " : "")}{where}", FuzzKind.MustRefuse, HostileJson.Utf8(copy.ToJsonString()));
    }

    private static JsonNode? Value(JsonNode parent, object key) => parent is JsonObject obj ? obj[(string)key] : parent.AsArray()[(int)key];

    private static FuzzCase Nest(Random random, JsonObject valid)
    {
        var copy = valid.DeepClone().AsObject();
        var slots = Slots(copy);
        var (parent, key) = slots[random.Next(slots.Count)];
        var depth = random.Next(2) == 0 ? HostileJson.Deep : random.Next(65, 2_000);
        Set(parent, key, Marker);
        var body = copy.ToJsonString().Replace(HostileJson.Quote(Marker), new string('[', depth) + new string(']', depth), StringComparison.Ordinal);
        return new FuzzCase($"{Describe(parent, key)} replaced by arrays {depth} deep", FuzzKind.MustRefuse, HostileJson.Utf8(body));
    }

    /// <summary>Bytes a UTF-8 JSON reader must refuse, or read correctly: invalid sequences, raw NUL, UTF-16, a BOM.</summary>
    private static FuzzCase Bytes(Random random, string text)
    {
        var utf8 = HostileJson.Utf8(text);
        var at = random.Next(1, utf8.Length - 1);
        return random.Next(6) switch
        {
            0 => new FuzzCase($"invalid UTF-8 at byte {at}", FuzzKind.MustRefuse, [.. utf8[..at], 0xC3, 0x28, 0xFF, 0xFE, .. utf8[at..]]),
            1 => new FuzzCase($"raw NUL byte at byte {at}", FuzzKind.MustRefuse, [.. utf8[..at], 0x00, .. utf8[at..]]),
            2 => new FuzzCase("UTF-16 body declared as UTF-8", FuzzKind.Mutated, Encoding.Unicode.GetBytes(text), "application/json; charset=utf-8"),
            3 => new FuzzCase("UTF-16 body with its BOM", FuzzKind.Mutated, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]),
            4 => new FuzzCase("UTF-8 BOM first", FuzzKind.Mutated, [.. Encoding.UTF8.GetPreamble(), .. utf8]),
            _ => new FuzzCase("empty body", FuzzKind.MustRefuse, []),
        };
    }

    private static FuzzCase Syntax(Random random, string text) => random.Next(6) switch
    {
        0 => new FuzzCase("trailing garbage", FuzzKind.MustRefuse, HostileJson.Utf8(text + " }}garbage")),
        1 => new FuzzCase("two documents", FuzzKind.MustRefuse, HostileJson.Utf8(text + text)),
        2 => new FuzzCase("a comment first", FuzzKind.Mutated, HostileJson.Utf8("/* hi */" + text)),
        3 => new FuzzCase("a trailing comma", FuzzKind.Mutated, HostileJson.Utf8(text[..^1] + ",}")),
        4 => new FuzzCase("single quotes", FuzzKind.MustRefuse, HostileJson.Utf8(text.Replace('"', '\''))),
        _ => new FuzzCase("whitespace only", FuzzKind.MustRefuse, HostileJson.Utf8(" \r\n\t ")),
    };

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[(string)key] = value;
        }
        else
        {
            parent.AsArray()[(int)key] = value;
        }
    }

    private static string Describe(JsonNode parent, object key) =>
        key is int index ? $"{parent.GetPath()}[{index}]" : $"{parent.GetPath()}.{Truncate((string)key)}";

    private static string Truncate(string key) => key.Length > 40 ? key[..40] + "…" : key;

    private static bool IsDeep(string label) => label.Contains("deep", StringComparison.Ordinal);
}

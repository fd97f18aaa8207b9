using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Definitions;

namespace OnboardingBpm.Workflows.Expressions;

/// <summary>
/// Turns JSON values (literals, script results, variables) into the CLR type an input declares, and names
/// those types for descriptors. Literals are checked with the same rules at validation time.
/// </summary>
public static class ValueConverter
{
    public static string TypeName(Type type) => Unwrap(type) switch
    {
        var t when t == typeof(string) => "String",
        var t when t == typeof(int) || t == typeof(long) => "Integer",
        var t when t == typeof(double) || t == typeof(decimal) => "Number",
        var t when t == typeof(bool) => "Boolean",
        var t when t == typeof(TimeSpan) => "Duration",
        var t when t == typeof(DateTimeOffset) => "DateTime",
        var t when t == typeof(JsonArray) => "Array",
        var t when t == typeof(JsonObject) => "Object",
        var t when t == typeof(JsonNode) => "Any",
        var t when t == typeof(IReadOnlyList<string>) => "StringList",
        var t when t.IsEnum => "String",
        var t when t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => t.GetGenericArguments()[0].Name + "List",
        _ => "Object",
    };

    public static string DefaultUIHint(Type type) => Unwrap(type) switch
    {
        var t when t == typeof(bool) => UIHints.Checkbox,
        var t when t == typeof(TimeSpan) => UIHints.Duration,
        var t when t == typeof(DateTimeOffset) => UIHints.DateTime,
        var t when t == typeof(IReadOnlyList<string>) => UIHints.List,
        var t when t.IsEnum => UIHints.Dropdown,
        var t when t == typeof(string) || t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal) => UIHints.SingleLine,
        _ => UIHints.Json,
    };

    /// <summary>Converts <paramref name="node"/> to <paramref name="type"/>; on failure <paramref name="error"/> says what was expected.</summary>
    public static bool TryConvert(JsonNode? node, Type type, out object? value, out string? error)
    {
        value = null;
        error = null;
        var target = Unwrap(type);
        if (node is null)
        {
            if (target.IsValueType && Nullable.GetUnderlyingType(type) is null)
            {
                error = $"expected {Describe(target)}, got nothing";
                return false;
            }

            return true;
        }

        try
        {
            value = Convert(node, target);
            if (value is not null)
            {
                return true;
            }
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or OverflowException or NotSupportedException)
        {
            // Falls through to the message below: the value's shape is wrong for the input.
        }

        error = $"expected {Describe(target)}, got {Kind(node)} {Preview(node)}";
        return false;
    }

    public static T Convert<T>(JsonNode? node) =>
        TryConvert(node, typeof(T), out var value, out var error) ? (T)value! : throw new FormatException(error);

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), WorkflowJson.Options),
    };

    public static bool MatchesDeclaredType(JsonNode? node, string declaredType) => declaredType switch
    {
        ValueTypes.String => node is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        ValueTypes.Number => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number,
        ValueTypes.Boolean => node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        ValueTypes.DateTime => node is JsonValue v && v.TryGetValue<string>(out var s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, out _),
        ValueTypes.Object => node is JsonObject,
        ValueTypes.Array => node is JsonArray,
        _ => true,
    };

    private static object? Convert(JsonNode node, Type target)
    {
        if (target == typeof(JsonNode))
        {
            return node.DeepClone();
        }

        if (target == typeof(JsonObject))
        {
            return node is JsonObject ? node.DeepClone() : null;
        }

        if (target == typeof(JsonArray))
        {
            return node is JsonArray ? node.DeepClone() : null;
        }

        if (node is not JsonValue scalar)
        {
            return target == typeof(string) || target.IsPrimitive ? null : node.Deserialize(target, WorkflowJson.Options);
        }

        var kind = scalar.GetValueKind();
        return target switch
        {
            _ when target == typeof(string) => kind == JsonValueKind.String ? scalar.GetValue<string>() : scalar.ToJsonString(),
            _ when target == typeof(bool) => kind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String when bool.TryParse(scalar.GetValue<string>(), out var b) => b,
                _ => null,
            },
            _ when target == typeof(int) => kind == JsonValueKind.Number ? checked((int)Integral(scalar)) : null,
            _ when target == typeof(long) => kind == JsonValueKind.Number ? Integral(scalar) : null,
            _ when target == typeof(double) => kind == JsonValueKind.Number ? ToDouble(scalar) : null,
            _ when target == typeof(decimal) => kind == JsonValueKind.Number ? ToDecimal(scalar) : null,
            _ when target == typeof(TimeSpan) => kind == JsonValueKind.String && Durations.TryParse(scalar.GetValue<string>(), out var d) ? d : null,
            _ when target == typeof(DateTimeOffset) => kind == JsonValueKind.String ? ParseInstant(scalar.GetValue<string>()) : null,
            _ when target.IsEnum => kind == JsonValueKind.String && Enum.TryParse(target, scalar.GetValue<string>(), true, out var e) && !int.TryParse(scalar.GetValue<string>(), out _) ? e : null,
            _ => node.Deserialize(target, WorkflowJson.Options),
        };
    }

    /// <summary>
    /// The number a JSON value holds, whatever backs it. A value parsed from text holds a JsonElement, but
    /// one built in code (a host's input, the instance's version) holds the CLR type it was made from, and
    /// GetValue&lt;double&gt; refuses an int.
    /// </summary>
    internal static double ToDouble(JsonValue number) =>
        number.TryGetValue<double>(out var value) ? value : double.Parse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static decimal ToDecimal(JsonValue number) =>
        number.TryGetValue<decimal>(out var value) ? value : decimal.Parse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static long Integral(JsonValue value)
    {
        var number = ToDouble(value);
        return number == Math.Floor(number) ? checked((long)number) : throw new FormatException("not a whole number");
    }

    private static object? ParseInstant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static string Describe(Type target) => TypeName(target) switch
    {
        "Duration" => "an ISO 8601 duration such as PT72H",
        "DateTime" => "an ISO 8601 date and time",
        "Integer" => "a whole number",
        "Number" => "a number",
        "Boolean" => "true or false",
        "String" => "a text",
        "StringList" => "a list of texts",
        "Array" => "an array",
        var name when target.IsEnum => $"one of {string.Join(", ", Enum.GetNames(target))} ({name})",
        var name => $"a value of type {name}",
    };

    private static string Kind(JsonNode node) => node switch
    {
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "the text",
            JsonValueKind.Number => "the number",
            _ => "the value",
        },
        _ => "a value",
    };

    private static string Preview(JsonNode node)
    {
        var text = node.ToJsonString();
        return text.Length > 40 ? text[..40] + "..." : text;
    }
}

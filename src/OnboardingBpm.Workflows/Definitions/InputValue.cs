using System.Text.Json.Nodes;

namespace OnboardingBpm.Workflows.Definitions;

/// <summary>The kinds of expression an input value can hold.</summary>
public enum ExpressionType
{
    Literal,
    JavaScript,
    Variable,
    Template,
}

/// <summary>
/// An input as the engine reads it. In JSON a plain value is a literal; an object whose only property is
/// <c>expression</c> holds <c>{"type": "JavaScript|Variable|Template|Literal", "value": ...}</c>.
/// (A literal object that itself has a single <c>expression</c> property is written as an explicit Literal.)
/// </summary>
public sealed record InputValue(ExpressionType Type, JsonNode? Value)
{
    public static InputValue Literal(JsonNode? value) => new(ExpressionType.Literal, value);

    public static InputValue JavaScript(string code) => new(ExpressionType.JavaScript, JsonValue.Create(code));

    /// <summary>Reads the JSON form; <paramref name="error"/> says what is wrong with a malformed expression object.</summary>
    public static InputValue Parse(JsonNode? raw, out string? error)
    {
        error = null;
        if (raw is not JsonObject obj || obj.Count != 1 || !obj.TryGetPropertyValue("expression", out var expression))
        {
            return Literal(raw);
        }

        if (expression is not JsonObject expr)
        {
            error = "an expression must be an object with 'type' and 'value'";
            return Literal(null);
        }

        var typeText = expr["type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
        if (typeText is null || !Enum.TryParse<ExpressionType>(typeText, ignoreCase: true, out var type) || int.TryParse(typeText, out _))
        {
            error = $"expression type must be one of {string.Join(", ", Enum.GetNames<ExpressionType>())}";
            return Literal(null);
        }

        var value = expr["value"];
        if (type != ExpressionType.Literal && (value is not JsonValue v || !v.TryGetValue<string>(out _)))
        {
            error = $"a {type} expression needs a string 'value'";
            return Literal(null);
        }

        return new InputValue(type, value?.DeepClone());
    }

    public string? Text => Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public JsonNode ToJson() => Type == ExpressionType.Literal && !LooksLikeExpression(Value)
        ? Value?.DeepClone()!
        : new JsonObject { ["expression"] = new JsonObject { ["type"] = Type.ToString(), ["value"] = Value?.DeepClone() } };

    private static bool LooksLikeExpression(JsonNode? value) =>
        value is JsonObject o && o.Count == 1 && o.ContainsKey("expression");
}

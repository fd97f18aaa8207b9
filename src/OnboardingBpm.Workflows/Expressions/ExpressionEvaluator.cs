using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Definitions;

namespace OnboardingBpm.Workflows.Expressions;

/// <summary>Evaluates an <see cref="InputValue"/> of any expression type to a JSON value.</summary>
public sealed class ExpressionEvaluator(JavaScriptEngine javaScript, TemplateEngine templates)
{
    public JavaScriptEngine JavaScript { get; } = javaScript;
    public TemplateEngine Templates { get; } = templates;

    public JsonNode? Evaluate(InputValue value, ExpressionScope scope) => value.Type switch
    {
        ExpressionType.Literal => value.Value?.DeepClone(),
        ExpressionType.JavaScript => JavaScript.Evaluate(value.Text ?? "", scope),
        ExpressionType.Template => JsonValue.Create(Templates.Render(value.Text ?? "", scope)),
        ExpressionType.Variable => ReadVariable(value.Text ?? "", scope),
        _ => throw new ExpressionException($"Unknown expression type {value.Type}."),
    };

    /// <summary>A Variable expression names a variable, optionally with a dotted path into it: <c>customer.email</c>.</summary>
    private static JsonNode? ReadVariable(string path, ExpressionScope scope)
    {
        var parts = path.Split('.', StringSplitOptions.TrimEntries);
        if (!scope.Variables.TryGetValue(parts[0], out var node))
        {
            throw new ExpressionException($"Variable '{parts[0]}' is not defined.");
        }

        foreach (var part in parts.Skip(1))
        {
            node = node is JsonObject obj ? obj[part] : null;
        }

        return node?.DeepClone();
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using HandlebarsDotNet;

namespace OnboardingBpm.Workflows.Expressions;

/// <summary>
/// Handlebars templates for text inputs (task titles, log lines, mail subjects). Compiled once and cached.
/// Input templates are plain text, so nothing is HTML-escaped here; mail bodies escape on their own.
/// </summary>
public sealed class TemplateEngine
{
    private readonly IHandlebars handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true, ThrowOnUnresolvedBindingExpression = false });
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> cache = new(StringComparer.Ordinal);

    public ExpressionException? CheckSyntax(string template)
    {
        try
        {
            Compile(template);
            return null;
        }
        catch (ExpressionException ex)
        {
            return ex;
        }
    }

    public string Render(string template, ExpressionScope scope)
    {
        var compiled = Compile(template);
        var model = new Dictionary<string, object?>
        {
            ["variables"] = ToPlain(ToObject(scope.Variables)),
            ["input"] = ToPlain(scope.Input),
            ["instance"] = ToPlain(scope.Instance),
            ["payload"] = ToPlain(scope.Payload),
            ["now"] = scope.Now.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        try
        {
            return compiled(model);
        }
        catch (HandlebarsException ex)
        {
            throw new ExpressionException($"Template error: {ex.Message}", inner: ex);
        }
    }

    private HandlebarsTemplate<object, object> Compile(string template)
    {
        if (cache.TryGetValue(template, out var compiled))
        {
            return compiled;
        }

        try
        {
            compiled = handlebars.Compile(template);
        }
        catch (HandlebarsException ex)
        {
            throw new ExpressionException($"Template does not compile: {ex.Message}", inner: ex);
        }

        if (cache.Count > 10_000)
        {
            cache.Clear();
        }

        cache[template] = compiled;
        return compiled;
    }

    private static JsonObject ToObject(IDictionary<string, JsonNode?> variables)
    {
        var obj = new JsonObject();
        foreach (var (name, value) in variables)
        {
            obj[name] = value?.DeepClone();
        }

        return obj;
    }

    /// <summary>Handlebars.Net walks dictionaries and lists, not JsonNode: convert once per render.</summary>
    private static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToPlain(p.Value)),
        JsonArray array => array.Select(ToPlain).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => ValueConverter.ToDouble(value),
            _ => null,
        },
        _ => null,
    };
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Workflows.Validation;

/// <summary>
/// JSON from outside, read strictly. System.Text.Json's nodes are lazy: a key given twice or a string holding a lone
/// UTF-16 surrogate (<c>"\ud800"</c>) parses, then throws an ArgumentException or InvalidOperationException wherever
/// it is first read — deep inside a workflow, or as a server error. Here both are found up front, at their path.
/// So is text holding U+0000 (<c>"\u0000"</c>): valid JSON that PostgreSQL cannot store (a text column refuses the
/// byte, jsonb the escape), so it would fail at the commit, after the caller was told yes, or as a server error.
/// </summary>
public static class StrictJson
{
    /// <summary>Parses <paramref name="json"/>; a syntax error is a <see cref="JsonException"/>, the rest a <see cref="StrictJsonException"/>.</summary>
    public static JsonNode? Parse(string json, JsonDocumentOptions options = default)
    {
        using (var document = JsonDocument.Parse(json, options))
        {
            if (FindProblem(document.RootElement, "$") is { } problem)
            {
                throw new StrictJsonException(problem);
            }
        }

        return JsonNode.Parse(json, documentOptions: options);
    }

    /// <summary>What <see cref="FindProblem"/> says of text holding U+0000.</summary>
    public const string NulMessage = "contains a NUL character (\\u0000), which cannot be stored";

    /// <summary>The first duplicate key, unreadable string or NUL character under <paramref name="element"/>, or null.</summary>
    public static ValidationProblem? FindProblem(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!TryRead(() => property.Name, out var name))
                    {
                        return new(path, LoneSurrogate("a key"));
                    }

                    if (name.Contains('\0', StringComparison.Ordinal))
                    {
                        return new(path, $"has a key that {NulMessage}");
                    }

                    var child = $"{path}.{name}";
                    if (!keys.Add(name))
                    {
                        return new(child, "is given more than once");
                    }

                    if (FindProblem(property.Value, child) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindProblem(item, $"{path}[{index++}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.String:
                if (!TryRead(element.GetString, out var text))
                {
                    return new(path, LoneSurrogate("the text"));
                }

                return text.Contains('\0', StringComparison.Ordinal) ? new(path, NulMessage) : null;
            default:
                return null;
        }
    }

    private static bool TryRead(Func<string?> read, out string value)
    {
        try
        {
            value = read() ?? "";
            return true;
        }
        catch (InvalidOperationException)
        {
            value = "";
            return false;
        }
    }

    private static string LoneSurrogate(string what) => $"{what} is not valid Unicode: a lone surrogate (\\ud800-\\udfff) without its pair";
}

/// <summary>JSON that parses but cannot be read or stored safely: a key given twice, text with a lone surrogate or a NUL.</summary>
public sealed class StrictJsonException(ValidationProblem problem) : JsonException($"{problem.Path} {problem.Message}")
{
    public ValidationProblem Problem { get; } = problem;
}

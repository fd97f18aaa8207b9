using System.Text.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Validation;

/// <summary>The small readers: variables, parameters, retry policy, position and plain fields.</summary>
public static partial class DefinitionReader
{
    private static VariableDefinition? ReadVariable(JsonNode? node, string path, List<ValidationProblem> problems)
    {
        if (node is not JsonObject obj)
        {
            problems.Add(new(path, "a variable must be an object with name and type"));
            return null;
        }

        var type = ReadValueType(obj, path, problems);
        CheckDefault(obj["default"], type, $"{path}.default", problems);
        return new VariableDefinition { Name = RequiredString(obj, "name", path, problems) ?? "", Type = type, Default = obj["default"]?.DeepClone() };
    }

    private static ParameterDefinition? ReadParameter(JsonNode? node, string path, List<ValidationProblem> problems)
    {
        if (node is not JsonObject obj)
        {
            problems.Add(new(path, "must be an object with name and type"));
            return null;
        }

        var type = ReadValueType(obj, path, problems);
        CheckDefault(obj["default"], type, $"{path}.default", problems);
        var required = false;
        if (obj["required"] is { } requiredNode && !(requiredNode is JsonValue v && v.TryGetValue(out required)))
        {
            problems.Add(new($"{path}.required", "required must be true or false"));
        }

        return new ParameterDefinition
        {
            Name = RequiredString(obj, "name", path, problems) ?? "",
            Type = type,
            Required = required,
            Description = OptionalString(obj, "description", path, problems),
            Default = obj["default"]?.DeepClone(),
        };
    }

    private static string ReadValueType(JsonObject obj, string path, List<ValidationProblem> problems)
    {
        var type = OptionalString(obj, "type", path, problems) ?? ValueTypes.Any;
        if (!ValueTypes.All.Contains(type))
        {
            problems.Add(new($"{path}.type", $"type must be one of {string.Join(", ", ValueTypes.All)}"));
            return ValueTypes.Any;
        }

        return type;
    }

    private static void CheckDefault(JsonNode? value, string type, string path, List<ValidationProblem> problems)
    {
        if (value is not null && !ValueConverter.MatchesDeclaredType(value, type))
        {
            problems.Add(new(path, $"the default is not a {type}"));
        }
    }

    private static RetryPolicy? ReadRetry(JsonNode? node, string path, List<ValidationProblem> problems)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject obj)
        {
            problems.Add(new(path, "retry must be an object: {\"maxAttempts\": 3, \"interval\": \"PT5M\", \"backoff\": \"Fixed\"}"));
            return null;
        }

        var maxAttempts = 1;
        if (obj["maxAttempts"] is not JsonValue attempts || !attempts.TryGetValue(out maxAttempts) || maxAttempts is < 1 or > 100)
        {
            problems.Add(new($"{path}.maxAttempts", "maxAttempts must be a whole number from 1 to 100"));
        }

        var interval = OptionalString(obj, "interval", path, problems) ?? "PT0S";
        if (!Durations.TryParse(interval, out var parsed) || parsed < TimeSpan.Zero)
        {
            problems.Add(new($"{path}.interval", "interval must be an ISO 8601 duration such as PT5M"));
        }

        var maxInterval = OptionalString(obj, "maxInterval", path, problems);
        if (maxInterval is not null && !Durations.TryParse(maxInterval, out _))
        {
            problems.Add(new($"{path}.maxInterval", "maxInterval must be an ISO 8601 duration"));
        }

        var backoff = RetryBackoff.Fixed;
        var backoffText = OptionalString(obj, "backoff", path, problems);
        if (backoffText is not null && (!Enum.TryParse(backoffText, true, out backoff) || int.TryParse(backoffText, out _)))
        {
            problems.Add(new($"{path}.backoff", "backoff must be Fixed or Exponential"));
        }

        return new RetryPolicy { MaxAttempts = maxAttempts, Interval = interval, Backoff = backoff, MaxInterval = maxInterval };
    }

    private static Position? ReadPosition(JsonNode? node, string path, List<ValidationProblem> problems)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonObject obj && obj["x"] is JsonValue x && x.TryGetValue<double>(out var left) && obj["y"] is JsonValue y && y.TryGetValue<double>(out var top))
        {
            return new Position(left, top);
        }

        problems.Add(ValidationProblem.Warning(path, "position must be {\"x\": number, \"y\": number}; ignored"));
        return null;
    }

    /// <summary>
    /// Reads an array; an unreadable item is replaced by <paramref name="placeholder"/> when given, so later
    /// checks still report paths with the item's real index.
    /// </summary>
    private static IReadOnlyList<T> ReadArray<T>(JsonObject parent, string name, string path, List<ValidationProblem> problems, Func<JsonNode?, string, List<ValidationProblem>, T?> read, T? placeholder = null)
        where T : class
    {
        var node = parent[name];
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array)
        {
            problems.Add(new($"{path}.{name}", $"{name} must be an array"));
            return [];
        }

        var items = new List<T>();
        for (var i = 0; i < array.Count; i++)
        {
            if ((read(array[i], $"{path}.{name}[{i}]", problems) ?? placeholder) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private static string? RequiredString(JsonObject obj, string name, string path, List<ValidationProblem> problems)
    {
        var value = OptionalString(obj, name, path, problems);
        var wrongType = obj[name] is { } node && node.GetValueKind() != JsonValueKind.String;
        if (string.IsNullOrWhiteSpace(value) && !wrongType)
        {
            problems.Add(new($"{path}.{name}", $"{name} is required"));
            return null;
        }

        return value;
    }

    private static string? OptionalString(JsonObject obj, string name, string path, List<ValidationProblem> problems)
    {
        var node = obj[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return value.GetValue<string>();
        }

        problems.Add(new($"{path}.{name}", $"{name} must be a text"));
        return null;
    }
}

using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OnboardingBpm.Workflows.Definitions;

/// <summary>A workflow variable: lives in the instance state, visible to expressions as <c>variables.name</c>.</summary>
public sealed record VariableDefinition
{
    public string Name { get; init; } = "";
    public string Type { get; init; } = ValueTypes.Any;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonNode? Default { get; init; }
}

/// <summary>A declared workflow input or output.</summary>
public sealed record ParameterDefinition
{
    public string Name { get; init; } = "";
    public string Type { get; init; } = ValueTypes.Any;
    public bool Required { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonNode? Default { get; init; }
}

/// <summary>The value types a variable, input or output can declare.</summary>
public static class ValueTypes
{
    public const string Any = "Any";
    public const string String = "String";
    public const string Number = "Number";
    public const string Boolean = "Boolean";
    public const string DateTime = "DateTime";
    public const string Object = "Object";
    public const string Array = "Array";

    public static readonly IReadOnlyList<string> All = [Any, String, Number, Boolean, DateTime, Object, Array];
}

namespace OnboardingBpm.Workflows.Activities;

/// <summary>What an activity does with the token: runs through, waits for a stimulus, or starts workflows.</summary>
public enum ActivityKind
{
    Action,
    Blocking,
    Trigger,
}

/// <summary>Describes an activity class for the registry, the validator and the designer's palette.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string type, string category, string displayName) : Attribute
{
    public string Type { get; } = type;
    public string Category { get; } = category;
    public string DisplayName { get; } = displayName;
    public string Description { get; init; } = "";
    public ActivityKind Kind { get; init; } = ActivityKind.Action;

    /// <summary>Whether a node of this type with no inbound connection starts the workflow.</summary>
    public bool CanStartWorkflow { get; init; }

    /// <summary>The fixed outcome ports; activities with dynamic ports override <see cref="Activity.GetOutcomes"/>.</summary>
    public string[] Outcomes { get; init; } = ["Done"];
}

/// <summary>How the designer edits an input.</summary>
public static class UIHints
{
    public const string SingleLine = "singleline";
    public const string MultiLine = "multiline";
    public const string Code = "code";
    public const string Checkbox = "checkbox";
    public const string Dropdown = "dropdown";
    public const string Duration = "duration";
    public const string DateTime = "datetime";
    public const string Json = "json";
    public const string List = "list";
    public const string Cases = "cases";
    public const string FormFields = "formfields";
    public const string Variable = "variable";
}

/// <summary>Marks an <see cref="Input{T}"/> property as an input of the activity.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute : Attribute
{
    public string? DisplayName { get; init; }
    public string Description { get; init; } = "";
    public string? UIHint { get; init; }
    public bool Required { get; init; }

    /// <summary>The default as JSON text (<c>"\"Done\""</c>, <c>"true"</c>, <c>"[\"A\",\"B\"]"</c>).</summary>
    public string? DefaultJson { get; init; }

    /// <summary>Choices offered by a dropdown.</summary>
    public string[]? Options { get; init; }

    /// <summary>The expression type the designer offers first.</summary>
    public Definitions.ExpressionType DefaultSyntax { get; init; } = Definitions.ExpressionType.Literal;

    /// <summary>
    /// The input must be a literal because it shapes the graph (outcome ports, trigger keys known at publish time).
    /// </summary>
    public bool LiteralOnly { get; init; }
}

/// <summary>Marks an <see cref="Output{T}"/> property as an output of the activity.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : Attribute
{
    public string Description { get; init; } = "";
}

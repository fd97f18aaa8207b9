using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OnboardingBpm.Workflows.Definitions;

namespace OnboardingBpm.Workflows.Activities;

/// <summary>
/// Everything the designer and the validator need to know about an activity type, exported as JSON by the
/// server. The C# class stays the single source: this is built from its attributes.
/// </summary>
public sealed record ActivityDescriptor
{
    public required string Type { get; init; }
    public required string Category { get; init; }
    public required string DisplayName { get; init; }
    public string Description { get; init; } = "";
    public ActivityKind Kind { get; init; }
    public bool IsBlocking => Kind != ActivityKind.Action;
    public bool CanStartWorkflow { get; init; }
    public IReadOnlyList<InputDescriptor> Inputs { get; init; } = [];
    public IReadOnlyList<OutputDescriptor> Outputs { get; init; } = [];
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>The input whose literal value defines extra outcome ports, if any (Switch cases, UserTask outcomes).</summary>
    public string? OutcomesFromInput { get; init; }

    [JsonIgnore]
    public Type ClrType { get; init; } = typeof(object);

    public InputDescriptor? FindInput(string name) =>
        Inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
}

public sealed record InputDescriptor
{
    public required string Name { get; init; }
    public required string DisplayName { get; init; }
    public required string Type { get; init; }
    public string Description { get; init; } = "";
    public string UIHint { get; init; } = UIHints.SingleLine;
    public bool Required { get; init; }
    public JsonNode? DefaultValue { get; init; }
    public IReadOnlyList<string>? Options { get; init; }
    public ExpressionType DefaultSyntax { get; init; }
    public bool LiteralOnly { get; init; }

    [JsonIgnore]
    public Type ClrType { get; init; } = typeof(object);
}

public sealed record OutputDescriptor(string Name, string Type, string Description);

using System.Text.Json.Serialization;

namespace OnboardingBpm.Workflows.Definitions;

/// <summary>
/// One version of a workflow as written in a file under <c>workflows/</c>: a flowchart of activities
/// joined by connections, with its variables, inputs and outputs. Immutable once published.
/// </summary>
public sealed record WorkflowDefinition
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; init; }

    public string DefinitionId { get; init; } = "";
    public int Version { get; init; }
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];
    public IReadOnlyList<ParameterDefinition> Inputs { get; init; } = [];
    public IReadOnlyList<ParameterDefinition> Outputs { get; init; } = [];
    public Flowchart Root { get; init; } = new();
}

/// <summary>The root container: activities and the connections from their outcome ports.</summary>
public sealed record Flowchart
{
    public string Type { get; init; } = "Flowchart";
    public IReadOnlyList<ActivityNode> Activities { get; init; } = [];
    public IReadOnlyList<Connection> Connections { get; init; } = [];
}

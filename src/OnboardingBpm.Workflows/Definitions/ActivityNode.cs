using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OnboardingBpm.Workflows.Definitions;

/// <summary>
/// An activity placed in a flowchart. <see cref="Inputs"/> keeps each input as written: a JSON literal
/// or <c>{"expression": {"type": ..., "value": ...}}</c> (see <see cref="InputValue"/>).
/// <see cref="Outputs"/> maps an activity output to the workflow variable that receives it.
/// </summary>
public sealed record ActivityNode
{
    public string Id { get; init; } = "";
    public string Type { get; init; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }

    public IReadOnlyDictionary<string, JsonNode?> Inputs { get; init; } = new Dictionary<string, JsonNode?>();

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Outputs { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RetryPolicy? Retry { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Position? Position { get; init; }

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name;
}

/// <summary>Where the designer draws the activity; the engine ignores it.</summary>
public sealed record Position(double X, double Y);

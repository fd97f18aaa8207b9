using System.Text.Json.Nodes;

namespace OnboardingBpm.Workflows.Expressions;

/// <summary>
/// What an expression can see: the instance's variables (which a script may change), the workflow input,
/// metadata about the instance, the payload of the stimulus being handled, and the current time.
/// </summary>
public sealed class ExpressionScope
{
    public required IDictionary<string, JsonNode?> Variables { get; init; }
    public JsonObject Input { get; init; } = [];
    public JsonObject Instance { get; init; } = [];
    public JsonNode? Payload { get; init; }
    public required DateTimeOffset Now { get; init; }
}

/// <summary>An expression that does not parse or fails while running; <see cref="Line"/> and <see cref="Column"/> are 1-based.</summary>
public sealed class ExpressionException(string message, int? line = null, int? column = null, Exception? inner = null)
    : Exception(message, inner)
{
    public int? Line { get; } = line;
    public int? Column { get; } = column;

    public string Position => Line is null ? "" : $" (line {Line}, column {Column})";
}

using System.Text.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Validation;

namespace OnboardingBpm.Server.Errors;

/// <summary>
/// Binds a free-form JSON part of a request body (a task's form data, a start's input) strictly: a key given twice or
/// a lone surrogate is a 400 at its path now, instead of an exception wherever the lazy node is first read.
/// </summary>
public sealed class StrictJsonNodeConverter<TNode> : System.Text.Json.Serialization.JsonConverter<TNode>
    where TNode : JsonNode
{
    public override TNode? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        if (StrictJson.FindProblem(document.RootElement, "$") is { } problem)
        {
            throw new StrictJsonException(problem);
        }

        var node = JsonNode.Parse(document.RootElement.GetRawText());
        return node switch
        {
            null => null,
            TNode typed => typed,
            _ => throw new StrictJsonException(new("$", typeof(TNode) == typeof(JsonArray) ? "must be an array" : "must be an object")),
        };
    }

    public override void Write(Utf8JsonWriter writer, TNode value, JsonSerializerOptions options) => value.WriteTo(writer, options);
}

using System.Text.Json.Nodes;

namespace OnboardingBpm.Workflows.Tests.Support;

/// <summary>Additions to <see cref="Workflows"/> nodes: output mappings, retry policies and the other expression types.</summary>
public static class NodeBuilders
{
    public static JsonObject WithOutput(this JsonObject activity, string output, string variable)
    {
        if (activity["outputs"] is not JsonObject outputs)
        {
            activity["outputs"] = outputs = [];
        }

        outputs[output] = variable;
        return activity;
    }

    public static JsonObject WithRetry(this JsonObject activity, int maxAttempts, string interval, string backoff = "Fixed")
    {
        activity["retry"] = new JsonObject { ["maxAttempts"] = maxAttempts, ["interval"] = interval, ["backoff"] = backoff };
        return activity;
    }

    public static JsonObject VariableRef(string path) => Expression("Variable", path);

    public static JsonObject Expression(string type, JsonNode? value) =>
        new() { ["expression"] = new JsonObject { ["type"] = type, ["value"] = value } };
}

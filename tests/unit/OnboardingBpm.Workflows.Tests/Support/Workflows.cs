using System.Text.Json.Nodes;

namespace OnboardingBpm.Workflows.Tests.Support;

/// <summary>Builds small definitions in code for tests where a file would say less than the code.</summary>
public static class Workflows
{
    public static string Flow(string id, JsonArray activities, JsonArray connections, JsonArray? variables = null) => new JsonObject
    {
        ["definitionId"] = id,
        ["name"] = id,
        ["variables"] = variables ?? [],
        ["root"] = new JsonObject { ["type"] = "Flowchart", ["activities"] = activities, ["connections"] = connections },
    }.ToJsonString();

    public static JsonObject Activity(string id, string type, JsonObject? inputs = null) =>
        new() { ["id"] = id, ["type"] = type, ["inputs"] = inputs ?? [] };

    public static JsonObject Connect(string from, string to, string port = "Done") =>
        new() { ["source"] = new JsonObject { ["activity"] = from, ["port"] = port }, ["target"] = new JsonObject { ["activity"] = to } };

    public static JsonObject Js(string code) =>
        new() { ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = code } };

    public static JsonObject Template(string text) =>
        new() { ["expression"] = new JsonObject { ["type"] = "Template", ["value"] = text } };

    public static JsonObject Variable(string name, string type = "Any", JsonNode? initial = null) =>
        new() { ["name"] = name, ["type"] = type, ["default"] = initial };
}

using System.Text.Json.Nodes;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// A small valid definition that uses every kind of expression, and what a definition can get wrong beyond its
/// JSON: injected scripts and templates, cycles that never wait, ten thousand activities, ids with path characters.
/// </summary>
public static class DefinitionMutations
{
    private static readonly string[] PathIds = ["../../etc/passwd", "a/b", "a\\b", "%2e%2e%2f", "CON", "a?b=c#d", " spaced ", "UPPER", "x\u0000y", "é", ".", ""];

    public static JsonObject Valid(string definitionId) => new()
    {
        ["definitionId"] = definitionId,
        ["name"] = $"Fuzz {definitionId}",
        ["description"] = "Made by the definition fuzz.",
        ["variables"] = new JsonArray(
            new JsonObject { ["name"] = "count", ["type"] = "Number", ["default"] = 0 },
            new JsonObject { ["name"] = "label", ["type"] = "String", ["default"] = "start" }),
        ["inputs"] = new JsonArray(new JsonObject { ["name"] = "who", ["type"] = "String", ["required"] = false }),
        ["root"] = new JsonObject
        {
            ["type"] = "Flowchart",
            ["activities"] = new JsonArray(
                Activity("start", "Start"),
                Activity("script", "Script", new JsonObject { ["code"] = "variables.count = (variables.count || 0) + 1; variables.label = 'counted';" }),
                Activity("check", "Decision", new JsonObject { ["condition"] = Expression("JavaScript", "variables.count > 0") }),
                Activity("log", "Log", new JsonObject { ["message"] = Expression("Template", "count is {{variables.count}} ({{variables.label}})") }),
                Activity("done", "Finish")),
            ["connections"] = new JsonArray(
                Connect("start", "script"), Connect("script", "check"), Connect("check", "log", "True"), Connect("check", "done", "False"), Connect("log", "done")),
        },
    };

    /// <summary>A definition-specific hostile change, or null to let the generic mutator do its work.</summary>
    public static FuzzCase? Mutate(Random random, string definitionId)
    {
        var definition = Valid(definitionId);
        var activities = definition["root"]!["activities"]!.AsArray();
        switch (random.Next(9))
        {
            case 0:
                var (label, code) = ScriptAttacks.JavaScript[random.Next(ScriptAttacks.JavaScript.Length)];
                activities[1]!["inputs"]!["code"] = code;
                return Case($"the script is {label}", FuzzKind.Mutated, definition);
            case 1:
                var (conditionLabel, condition) = ScriptAttacks.JavaScript[random.Next(ScriptAttacks.JavaScript.Length)];
                activities[2]!["inputs"]!["condition"] = Expression("JavaScript", condition);
                return Case($"the condition is {conditionLabel}", FuzzKind.Mutated, definition);
            case 2:
                var (templateLabel, template) = ScriptAttacks.Handlebars[random.Next(ScriptAttacks.Handlebars.Length)];
                activities[3]!["inputs"]!["message"] = Expression("Template", template);
                return Case($"the log template is {templateLabel}", FuzzKind.Mutated, definition);
            case 3:
                definition["root"]!["connections"]!.AsArray().Add(Connect("log", "script"));
                definition["root"]!["connections"]!.AsArray().RemoveAt(4);
                return Case("a cycle that never waits", FuzzKind.Mutated, definition);
            case 4:
                return Case("10,000 activities in a chain", FuzzKind.Mutated, Chain(definitionId, 10_000, random.Next(4) == 0));
            case 5:
                var id = PathIds[random.Next(PathIds.Length)];
                definition["definitionId"] = id;
                return Case($"definitionId '{id}'", FuzzKind.Mutated, definition);
            case 6:
                var activityId = PathIds[random.Next(PathIds.Length)];
                activities[3]!["id"] = activityId;
                definition["root"]!["connections"]![2]!["target"]!["activity"] = activityId;
                definition["root"]!["connections"]![4]!["source"]!["activity"] = activityId;
                return Case($"activity id '{activityId}'", FuzzKind.Mutated, definition);
            case 7:
                definition["name"] = "</script><script>alert(document.cookie)</script>";
                activities[3]!["name"] = "<img src=x onerror=alert(1)>";
                return Case("markup in names", FuzzKind.Mutated, definition);
            default:
                return null;
        }
    }

    /// <summary>Start, then <paramref name="count"/> Log activities one after another, then Finish (all with one id when asked).</summary>
    private static JsonObject Chain(string definitionId, int count, bool sameIds)
    {
        var activities = new JsonArray(Activity("start", "Start"));
        var connections = new JsonArray();
        var previous = "start";
        for (var i = 0; i < count; i++)
        {
            var id = sameIds ? "log" : $"log-{i}";
            activities.Add(Activity(id, "Log", new JsonObject { ["message"] = $"step {i}" }));
            connections.Add(Connect(previous, id));
            previous = id;
        }

        activities.Add(Activity("done", "Finish"));
        connections.Add(Connect(previous, "done"));
        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = "Ten thousand steps",
            ["root"] = new JsonObject { ["activities"] = activities, ["connections"] = connections },
        };
    }

    private static FuzzCase Case(string description, FuzzKind kind, JsonObject definition) =>
        new(description, kind, HostileJson.Utf8(definition.ToJsonString()));

    private static JsonObject Activity(string id, string type, JsonObject? inputs = null)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["position"] = new JsonObject { ["x"] = 0, ["y"] = 0 } };
        if (inputs is not null)
        {
            activity["inputs"] = inputs;
        }

        return activity;
    }

    private static JsonObject Expression(string type, string value) =>
        new() { ["expression"] = new JsonObject { ["type"] = type, ["value"] = value } };

    private static JsonObject Connect(string source, string target, string? port = null)
    {
        var from = new JsonObject { ["activity"] = source };
        if (port is not null)
        {
            from["port"] = port;
        }

        return new JsonObject { ["source"] = from, ["target"] = new JsonObject { ["activity"] = target } };
    }
}

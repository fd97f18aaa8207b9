using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OnboardingBpm.Workflows.Definitions;

namespace OnboardingBpm.Workflows.Validation;

/// <summary>
/// Reads definition JSON field by field, so that every structural problem is reported with its path
/// instead of the first one a deserializer trips on. What can be read is returned for the semantic checks.
/// </summary>
public static partial class DefinitionReader
{
    /// <summary>Definition files may carry comments and trailing commas; whoever reads a stored one back uses the same options.</summary>
    public static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly HashSet<string> TopLevel = ["$schema", "definitionId", "version", "name", "description", "variables", "inputs", "outputs", "root"];

    public static (WorkflowDefinition? Definition, List<ValidationProblem> Problems) Read(string json)
    {
        var problems = new List<ValidationProblem>();
        JsonNode? root;
        try
        {
            root = StrictJson.Parse(json, DocumentOptions);
        }
        catch (StrictJsonException ex)
        {
            problems.Add(ex.Problem);
            return (null, problems);
        }
        catch (JsonException ex)
        {
            problems.Add(new("$", $"not valid JSON: {ex.Message}"));
            return (null, problems);
        }

        return (Read(root, problems), problems);
    }

    public static WorkflowDefinition? Read(JsonNode? root, List<ValidationProblem> problems)
    {
        if (root is not JsonObject obj)
        {
            problems.Add(new("$", "a workflow definition must be a JSON object"));
            return null;
        }

        foreach (var unknown in obj.Select(p => p.Key).Where(k => !TopLevel.Contains(k)))
        {
            problems.Add(ValidationProblem.Warning($"$.{unknown}", "unknown property, ignored"));
        }

        var definitionId = RequiredString(obj, "definitionId", "$", problems);
        if (definitionId is not null && !IdPattern().IsMatch(definitionId))
        {
            problems.Add(new("$.definitionId", "use lower-case letters, digits, '-', '_' or '.', starting with a letter or digit (at most 100)"));
        }

        var version = 0;
        if (obj["version"] is { } versionNode && !(versionNode is JsonValue v && v.TryGetValue(out version) && version >= 0))
        {
            problems.Add(new("$.version", "version must be a whole number, 0 or more"));
        }

        return new WorkflowDefinition
        {
            Schema = OptionalString(obj, "$schema", "$", problems),
            DefinitionId = definitionId ?? "",
            Version = version,
            Name = RequiredString(obj, "name", "$", problems) ?? "",
            Description = OptionalString(obj, "description", "$", problems),
            Variables = ReadArray(obj, "variables", "$", problems, ReadVariable, new VariableDefinition()),
            Inputs = ReadArray(obj, "inputs", "$", problems, ReadParameter, new ParameterDefinition()),
            Outputs = ReadArray(obj, "outputs", "$", problems, ReadParameter, new ParameterDefinition()),
            Root = ReadFlowchart(obj["root"], "$.root", problems),
        };
    }

    private static Flowchart ReadFlowchart(JsonNode? node, string path, List<ValidationProblem> problems)
    {
        if (node is not JsonObject obj)
        {
            problems.Add(new(path, "root must be an object: {\"type\": \"Flowchart\", \"activities\": [...], \"connections\": [...]}"));
            return new Flowchart();
        }

        var type = OptionalString(obj, "type", path, problems) ?? "Flowchart";
        if (type != "Flowchart")
        {
            problems.Add(new($"{path}.type", "the root must be a Flowchart"));
        }

        return new Flowchart
        {
            Activities = ReadArray(obj, "activities", path, problems, ReadActivity, new ActivityNode()),
            Connections = ReadArray(obj, "connections", path, problems, ReadConnection, new Connection(new(""), new(""))),
        };
    }

    private static ActivityNode? ReadActivity(JsonNode? node, string path, List<ValidationProblem> problems)
    {
        if (node is not JsonObject obj)
        {
            problems.Add(new(path, "an activity must be an object"));
            return null;
        }

        var inputs = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (obj["inputs"] is JsonObject inputObject)
        {
            foreach (var (name, value) in inputObject)
            {
                inputs[name] = value?.DeepClone();
            }
        }
        else if (obj["inputs"] is not null)
        {
            problems.Add(new($"{path}.inputs", "inputs must be an object of input name to value"));
        }

        Dictionary<string, string>? outputs = null;
        if (obj["outputs"] is JsonObject outputObject)
        {
            outputs = [];
            foreach (var (name, value) in outputObject)
            {
                if (value is JsonValue text && text.TryGetValue<string>(out var variable))
                {
                    outputs[name] = variable;
                }
                else
                {
                    problems.Add(new($"{path}.outputs.{name}", "an output maps to the name of a variable"));
                }
            }
        }
        else if (obj["outputs"] is not null)
        {
            problems.Add(new($"{path}.outputs", "outputs must be an object of output name to variable name"));
        }

        return new ActivityNode
        {
            Id = RequiredString(obj, "id", path, problems) ?? "",
            Type = RequiredString(obj, "type", path, problems) ?? "",
            Name = OptionalString(obj, "name", path, problems),
            Description = OptionalString(obj, "description", path, problems),
            Inputs = inputs,
            Outputs = outputs,
            Retry = ReadRetry(obj["retry"], $"{path}.retry", problems),
            Position = ReadPosition(obj["position"], $"{path}.position", problems),
        };
    }

    private static Connection? ReadConnection(JsonNode? node, string path, List<ValidationProblem> problems)
    {
        if (node is not JsonObject obj)
        {
            problems.Add(new(path, "a connection must be an object with source and target"));
            return null;
        }

        var source = ReadEndpoint(obj["source"], $"{path}.source", problems);
        var target = ReadEndpoint(obj["target"], $"{path}.target", problems);
        return source is null || target is null ? null : new Connection(source, target);
    }

    private static ConnectionEndpoint? ReadEndpoint(JsonNode? node, string path, List<ValidationProblem> problems)
    {
        if (node is not JsonObject obj)
        {
            problems.Add(new(path, "must be an object: {\"activity\": \"id\", \"port\": \"Done\"}"));
            return null;
        }

        var activity = RequiredString(obj, "activity", path, problems);
        return activity is null ? null : new ConnectionEndpoint(activity, OptionalString(obj, "port", path, problems));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,99}$")]
    private static partial Regex IdPattern();
}

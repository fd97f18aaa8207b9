using System.Text.Json.Nodes;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// Bodies for the first-contact task of workflows/onboarding-request.json (outcomes Resolved and Follow up; a
/// required Boolean customerReached and notes of at most 2000 characters), and what a completion can get wrong.
/// </summary>
public static class TaskMutations
{
    public const int NotesMaxLength = 2000;

    private static readonly string[] WrongOutcomes = ["resolved", "Resolved ", "RESOLVED", "Nope", "", "Follow  up", "Resolved\u0000", "Completed"];

    public static JsonObject ValidCompletion() => new()
    {
        ["outcome"] = "Follow up",
        ["data"] = new JsonObject { ["customerReached"] = true, ["notes"] = "Left a voicemail" },
    };

    public static JsonObject ValidReassign(string assignee) => new() { ["assignee"] = assignee };

    /// <summary>A completion-specific hostile change, or null to let the generic mutator do its work.</summary>
    public static FuzzCase? MutateCompletion(Random random)
    {
        var body = ValidCompletion();
        var data = body["data"]!.AsObject();
        switch (random.Next(8))
        {
            case 0:
                var outcome = WrongOutcomes[random.Next(WrongOutcomes.Length)];
                body["outcome"] = outcome;
                return Case($"outcome '{outcome}' is not one of the task's", body);
            case 1:
                JsonNode?[] wrong = ["yes", 1, null, new JsonArray(), new JsonObject()];
                var value = wrong[random.Next(wrong.Length)];
                data["customerReached"] = value;
                return Case($"customerReached is {value?.ToJsonString() ?? "null"}", body);
            case 2:
                var length = NotesMaxLength + random.Next(1, 200_000);
                data["notes"] = new string('n', length);
                return Case($"notes of {length} characters", body);
            case 3:
                data["notes"] = 123;
                return Case("notes is a number", body);
            case 4:
                data["unknownField"] = "surprise";
                return Case("an unknown data field", body);
            case 5:
                JsonNode[] shapes = [new JsonArray(1, 2), "text", 42, true];
                var shape = shapes[random.Next(shapes.Length)];
                body["data"] = shape;
                return Case($"data is {shape.ToJsonString()}", body);
            default:
                return null;
        }
    }

    private static FuzzCase Case(string description, JsonObject body) => new(description, FuzzKind.Mutated, HostileJson.Utf8(body.ToJsonString()));
}

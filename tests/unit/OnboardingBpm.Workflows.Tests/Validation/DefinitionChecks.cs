using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Expressions;
using OnboardingBpm.Workflows.Validation;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Validation;

/// <summary>
/// The validator wired as the engine wires it, and the small flows the validation tests wrap one activity in:
/// a Start at index 0, so the activity under test is always <c>$.root.activities[1]</c>.
/// </summary>
internal static class DefinitionChecks
{
    public const string Subject = "$.root.activities[1]";

    private static readonly WorkflowValidator Validator =
        new(CoreActivities.Register(new ActivityRegistry()), new ExpressionEvaluator(new JavaScriptEngine(), new TemplateEngine()));

    public static ValidationResult Validate(string json) => Validator.Validate(json);

    /// <summary>A Start connected to <paramref name="activity"/>, with the given variables.</summary>
    public static string AfterStart(JsonObject activity, JsonArray? variables = null) =>
        Flow("subject", [Activity("start", "Start"), activity], [Connect("start", activity["id"]!.GetValue<string>())], variables);

    /// <summary>The one error <paramref name="json"/> has; fails when there are none or several.</summary>
    public static ValidationProblem SingleError(string json)
    {
        var result = Validate(json);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    public static void AssertValid(string json)
    {
        var result = Validate(json);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors.Select(p => $"{p.Path}: {p.Message}")));
    }

    public static JsonObject WithOutputs(this JsonObject activity, JsonObject outputs)
    {
        activity["outputs"] = outputs;
        return activity;
    }

    public static JsonObject Expression(string type, JsonNode? value) =>
        new() { ["expression"] = new JsonObject { ["type"] = type, ["value"] = value } };
}

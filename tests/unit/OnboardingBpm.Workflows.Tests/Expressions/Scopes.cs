using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Tests.Expressions;

internal static class Scopes
{
    public static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static ExpressionScope Create(JsonObject? variables = null, JsonObject? input = null, JsonNode? payload = null) => new()
    {
        Variables = (variables ?? []).ToDictionary(p => p.Key, p => p.Value?.DeepClone()),
        Input = input ?? [],
        Instance = new JsonObject { ["id"] = "instance-1", ["definitionId"] = "onboarding" },
        Payload = payload,
        Now = Now,
    };
}

using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Definitions;

public sealed class SwitchCaseValidationTests
{
    [Fact]
    public async Task a_switch_case_without_a_condition_or_a_label_is_reported_at_its_path()
    {
        await using var engine = new EngineHarness();
        var cases = new JsonArray(new JsonObject { ["label"] = "Big" }, new JsonObject { ["condition"] = "true" });
        var json = Flow("switch-cases", [Activity("start", "Start"), Activity("route", "Switch", new() { ["cases"] = cases })], [Connect("start", "route")]);

        var result = engine.Definitions.Validate(json);

        Assert.False(result.IsValid);
        Assert.Equal(
            ["$.root.activities[1].inputs.cases[0].condition", "$.root.activities[1].inputs.cases[1].label"],
            result.Errors.Select(p => p.Path).Order(StringComparer.Ordinal));
    }
}

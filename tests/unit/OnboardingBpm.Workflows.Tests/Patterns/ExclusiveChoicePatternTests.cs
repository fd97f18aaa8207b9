using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Tests.Patterns;

/// <summary>WCP-4: exactly one branch is taken, by a Decision or by a MatchFirst Switch.</summary>
public sealed class ExclusiveChoicePatternTests
{
    [Theory]
    [InlineData(500, "automatic", "manual")]
    [InlineData(5000, "manual", "automatic")]
    public async Task a_decision_takes_exactly_one_branch(double amount, string taken, string skipped)
    {
        await using var engine = await PatternEngine.LoadAsync("exclusive-choice.json");

        var instance = await engine.StartAsync("pattern-exclusive-choice", new JsonObject { ["amount"] = amount });

        var completed = await engine.CompletedActivitiesAsync(instance.Id);
        Assert.Equal(["start", "large", taken], completed);
        Assert.DoesNotContain(skipped, completed);
        Assert.Equal(taken, instance.Text("route"));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }

    [Theory]
    [InlineData(1000, "enterprise")]
    [InlineData(50, "business")]
    [InlineData(3, "starter")]
    public async Task a_match_first_switch_takes_only_the_first_case_that_holds_else_default(double seats, string taken)
    {
        await using var engine = await PatternEngine.LoadAsync("switch.json");

        var instance = await engine.StartAsync("pattern-switch", new JsonObject { ["seats"] = seats });

        Assert.Equal(["start", "size", taken], await engine.CompletedActivitiesAsync(instance.Id));
        Assert.Equal(taken, instance.Text("tier"));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }
}

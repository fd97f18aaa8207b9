using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Tests.Patterns;

/// <summary>WCP-5: exclusive branches meet in a plain activity, which runs once.</summary>
public sealed class SimpleMergePatternTests
{
    [Theory]
    [InlineData(true, "fast", "FN")]
    [InlineData(false, "standard", "SN")]
    public async Task the_merging_activity_runs_once_after_whichever_branch_was_taken(bool express, string branch, string trace)
    {
        await using var engine = await PatternEngine.LoadAsync("simple-merge.json");

        var instance = await engine.StartAsync("pattern-simple-merge", new JsonObject { ["express"] = express });

        Assert.Equal(["start", "express", branch, "notify"], await engine.CompletedActivitiesAsync(instance.Id));
        Assert.Equal(1, instance.Number("notifications"));
        Assert.Equal(trace, instance.Text("trace"));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }
}

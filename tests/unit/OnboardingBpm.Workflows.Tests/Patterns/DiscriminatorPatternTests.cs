using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Tests.Patterns;

/// <summary>WCP-9: a WaitAny join goes on once for the first branch, even when the others arrive in the same burst.</summary>
public sealed class DiscriminatorPatternTests
{
    [Fact]
    public async Task a_wait_any_join_fires_once_when_both_branches_arrive_in_the_same_burst()
    {
        await using var engine = await PatternEngine.LoadAsync("discriminator.json");

        var instance = await engine.StartAsync("pattern-discriminator");

        var completed = await engine.CompletedActivitiesAsync(instance.Id);
        Assert.Equal(1, completed.CountOf("first-check"));
        Assert.Equal(1, completed.CountOf("proceed"));
        Assert.Equal(1, instance.Number("proceeded"));
        Assert.Equal("credit", instance.Text("first"));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }
}

using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Tests.Patterns;

/// <summary>WCP-3: a WaitAll Join goes on once, after every inbound branch has arrived.</summary>
public sealed class SynchronizationPatternTests
{
    [Theory]
    [InlineData("pattern.sync.contract", "pattern.sync.payment")]
    [InlineData("pattern.sync.payment", "pattern.sync.contract")]
    public async Task the_join_waits_for_every_branch_in_any_order_and_fires_once(string firstEvent, string secondEvent)
    {
        await using var engine = await PatternEngine.LoadAsync("synchronization.json");
        var started = await engine.StartAsync("pattern-synchronization");
        Assert.True(started.Flag("audited"));
        Assert.Equal(0, started.Number("activations"));
        Assert.Equal(2, started.Bookmarks.Count);

        await engine.Runtime.PublishEventAsync(firstEvent, null, null);

        var halfway = await engine.InstanceAsync(started.Id);
        Assert.Equal(WorkflowStatus.Suspended, halfway.Status);
        Assert.Equal(0, halfway.Number("activations"));
        Assert.DoesNotContain("activate", await engine.CompletedActivitiesAsync(started.Id));
        Assert.Single(halfway.Bookmarks);

        await engine.Runtime.PublishEventAsync(secondEvent, null, null);

        var instance = await engine.InstanceAsync(started.Id);
        var completed = (await engine.CompletedActivitiesAsync(started.Id)).ToList();
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(1, instance.Number("activations"));
        Assert.Equal(1, completed.CountOf("activate"));
        Assert.Equal("activate", completed[^1]);
        Assert.True(completed.IndexOf("contract") < completed.IndexOf("activate"));
        Assert.True(completed.IndexOf("payment") < completed.IndexOf("activate"));
        Assert.DoesNotContain("all", instance.ActivityStates.Keys);
    }
}

using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Tests.Patterns;

/// <summary>WCP-2: a Fork sends one token down every branch.</summary>
public sealed class ParallelSplitPatternTests
{
    [Fact]
    public async Task every_branch_of_a_fork_runs_from_one_token()
    {
        await using var engine = await PatternEngine.LoadAsync("parallel-split.json");

        var instance = await engine.StartAsync("pattern-parallel-split");

        Assert.Equal(["start", "split", "billing", "accounts", "welcome"], await engine.CompletedActivitiesAsync(instance.Id));
        Assert.Equal("baw", instance.Text("trace"));
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal("hold", Assert.Single(instance.Bookmarks).ActivityId);
    }

    [Fact]
    public async Task a_waiting_branch_continues_alone_when_resumed()
    {
        await using var engine = await PatternEngine.LoadAsync("parallel-split.json");
        var started = await engine.StartAsync("pattern-parallel-split");

        await engine.Runtime.PublishEventAsync("pattern.parallel.called", null, null);

        var instance = await engine.InstanceAsync(started.Id);
        var completed = await engine.CompletedActivitiesAsync(instance.Id);
        Assert.Equal(["hold", "called"], completed.Skip(5));
        Assert.All(["billing", "accounts", "welcome"], id => Assert.Equal(1, completed.CountOf(id)));
        Assert.Equal("bawc", instance.Text("trace"));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }
}

using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Tests.Patterns;

/// <summary>WCP-1: each activity starts only after its predecessor completed.</summary>
public sealed class SequencePatternTests
{
    [Fact]
    public async Task activities_after_a_wait_do_not_run_before_it_is_resumed()
    {
        await using var engine = await PatternEngine.LoadAsync("sequence.json");

        var instance = await engine.StartAsync("pattern-sequence");

        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal(["start", "first"], await engine.CompletedActivitiesAsync(instance.Id));
        Assert.Equal("A", instance.Text("trace"));
        Assert.Equal("wait", Assert.Single(instance.Bookmarks).ActivityId);
    }

    [Fact]
    public async Task a_sequence_runs_each_activity_once_in_order()
    {
        await using var engine = await PatternEngine.LoadAsync("sequence.json");
        var started = await engine.StartAsync("pattern-sequence");

        var published = await engine.Runtime.PublishEventAsync("pattern.sequence.continue", null, null);

        Assert.Equal([started.Id], published.ResumedInstanceIds);
        var instance = await engine.InstanceAsync(started.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["start", "first", "wait", "second", "third", "end"], await engine.CompletedActivitiesAsync(instance.Id));
        Assert.Equal("ABC", instance.Text("trace"));
        Assert.Empty(instance.Bookmarks);
    }
}

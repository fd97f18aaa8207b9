using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Tests.Patterns;

/// <summary>WCP-8: parallel branches meeting in a plain activity (no Join) run it once per arriving token.</summary>
public sealed class MultiMergePatternTests
{
    [Fact]
    public async Task the_first_branch_runs_the_merge_without_waiting_for_the_other()
    {
        await using var engine = await PatternEngine.LoadAsync("multi-merge.json");

        var instance = await engine.StartAsync("pattern-multi-merge");

        Assert.Equal(["start", "split", "invoice", "record", "report"], await engine.CompletedActivitiesAsync(instance.Id));
        Assert.Equal(1, instance.Number("records"));
        Assert.Equal(1, instance.Number("reports"));
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
    }

    [Fact]
    public async Task each_arriving_branch_runs_the_merge_and_what_follows_it_again()
    {
        await using var engine = await PatternEngine.LoadAsync("multi-merge.json");
        var started = await engine.StartAsync("pattern-multi-merge");

        await engine.Runtime.PublishEventAsync("pattern.multimerge.shipped", null, null);

        var instance = await engine.InstanceAsync(started.Id);
        var completed = await engine.CompletedActivitiesAsync(instance.Id);
        Assert.Equal(["shipped", "record", "report"], completed.Skip(5));
        Assert.Equal(2, completed.CountOf("record"));
        Assert.Equal(2, completed.CountOf("report"));
        Assert.Equal(2, instance.Number("records"));
        Assert.Equal(2, instance.Number("reports"));
        Assert.Equal("IRR", instance.Text("trace"));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }
}

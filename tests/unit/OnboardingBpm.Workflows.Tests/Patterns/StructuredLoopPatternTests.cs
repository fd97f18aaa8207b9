using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;

namespace OnboardingBpm.Workflows.Tests.Patterns;

/// <summary>WCP-21: a Decision loops back; the body, a task in it, or a join in it run once per round.</summary>
public sealed class StructuredLoopPatternTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public async Task a_decision_loops_back_until_the_counter_reaches_the_limit(int rounds)
    {
        await using var engine = await PatternEngine.LoadAsync("structured-loop.json");

        var instance = await engine.StartAsync("pattern-structured-loop", new JsonObject { ["rounds"] = rounds });

        string[] expected = ["start", .. Enumerable.Repeat<string[]>(["more", "body"], rounds).SelectMany(r => r), "more", "done"];
        Assert.Equal(expected, await engine.CompletedActivitiesAsync(instance.Id));
        Assert.Equal(rounds, instance.Number("round"));
        Assert.Equal(string.Concat(Enumerable.Range(1, rounds)), instance.Text("trace"));
        Assert.Equal(rounds, instance.Number("finishedAt"));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }

    [Fact]
    public async Task a_user_task_inside_a_loop_is_created_afresh_each_round_until_the_loop_ends()
    {
        await using var engine = await PatternEngine.LoadAsync("loop-user-task.json");
        var instance = await engine.StartAsync("pattern-loop-user-task");
        var seen = new List<string>();

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(WorkflowStatus.Suspended, instance.Status);
            var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));
            Assert.Equal($"Review round {round}", task.Title);
            Assert.DoesNotContain(task.Id, seen);
            seen.Add(task.Id);

            instance = (await engine.Tasks.CompleteAsync(task.Id, "alice", "Done", null)).Instance;
            Assert.Equal(round + 1, instance.Number("round"));
        }

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(await engine.ActiveTasksAsync(instance.Id));
        Assert.Empty(instance.Bookmarks);
        Assert.Equal(3, (await engine.CompletedActivitiesAsync(instance.Id)).CountOf("review"));
        foreach (var id in seen)
        {
            Assert.Equal(HumanTaskStatus.Completed, (await engine.Stores.Tasks.FindAsync(id))!.Status);
        }
    }

    [Fact]
    public async Task a_wait_all_join_inside_a_loop_fires_exactly_once_per_round()
    {
        await using var engine = await PatternEngine.LoadAsync("loop-join.json");
        var instance = await engine.StartAsync("pattern-loop-join");
        Assert.Equal(0, instance.Number("round"));
        Assert.Equal("p", instance.Text("trace"));

        for (var round = 1; round <= 3; round++)
        {
            var published = await engine.Runtime.PublishEventAsync("pattern.loopjoin.confirmed", null, null);
            Assert.Equal([instance.Id], published.ResumedInstanceIds);

            instance = await engine.InstanceAsync(instance.Id);
            Assert.Equal(round, instance.Number("round"));
            Assert.Equal(round, (await engine.CompletedActivitiesAsync(instance.Id)).CountOf("count"));
            var trace = string.Concat(Enumerable.Repeat("p|", round)) + (round < 3 ? "p" : "");
            Assert.Equal(trace, instance.Text("trace"));
        }

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(instance.Bookmarks);
        Assert.DoesNotContain("both", instance.ActivityStates.Keys);
        var afterEnd = await engine.Runtime.PublishEventAsync("pattern.loopjoin.confirmed", null, null);
        Assert.Empty(afterEnd.ResumedInstanceIds);
    }
}

using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Execution;

public sealed class JoinWaitAnyTests
{
    [Fact]
    public async Task a_wait_any_join_fires_once_when_both_branches_reach_it_in_the_same_burst()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("first-of-two",
            [
                Activity("start", "Start"),
                Activity("fork", "Fork", new() { ["branches"] = new JsonArray("A", "B") }),
                Activity("a", "Log", new() { ["message"] = "a" }),
                Activity("b", "Log", new() { ["message"] = "b" }),
                Activity("first", "Join", new() { ["mode"] = "WaitAny" }),
                Activity("count", "Script", new() { ["code"] = "variables.fired = variables.fired + 1" }),
            ],
            [Connect("start", "fork"), Connect("fork", "a", "A"), Connect("fork", "b", "B"), Connect("a", "first"), Connect("b", "first"), Connect("first", "count")],
            [Variable("fired", "Number", 0)]));

        var instance = await engine.StartAsync("first-of-two");

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(1, instance.Variables["fired"]!.GetValue<double>());
    }
}

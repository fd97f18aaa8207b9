using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Expressions;

public sealed class ScriptScopeTests
{
    [Fact]
    public async Task a_script_sees_variables_input_and_instance_each_with_its_own_values()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("scope",
            [
                Activity("start", "Start"),
                Activity("read", "SetVariable", new() { ["variable"] = "seen", ["value"] = Js("[variables.name, input.name, instance.definitionId, variables.count + input.count].join('/')") }),
            ],
            [Connect("start", "read")],
            [Variable("name", "String", "from-variables"), Variable("count", "Number", 40), Variable("seen", "String")]));

        var instance = await engine.StartAsync("scope", new JsonObject { ["name"] = "from-input", ["count"] = 2 });

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal("from-variables/from-input/scope/42", instance.Variables["seen"]!.GetValue<string>());
    }
}

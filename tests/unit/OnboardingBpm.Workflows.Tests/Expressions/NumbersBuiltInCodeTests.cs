using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Expressions;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Expressions;

/// <summary>
/// A number built in code (a host's input, the instance's version) is held as the CLR type it was made
/// from, not as parsed JSON; everything that reads numbers must accept it.
/// </summary>
public sealed class NumbersBuiltInCodeTests
{
    [Fact]
    public async Task a_template_renders_the_instance_version_and_an_input_given_as_an_int()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("greet",
            [Activity("start", "Start"), Activity("set", "SetVariable", new() { ["variable"] = "text", ["value"] = Template("v{{instance.version}} {{input.amount}}") })],
            [Connect("start", "set")],
            [Variable("text", "String")]));

        var instance = await engine.StartAsync("greet", new JsonObject { ["amount"] = 500 });

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal("v1 500", instance.Variables["text"]!.GetValue<string>());
    }

    [Fact]
    public void an_int_backed_number_converts_to_double_decimal_and_long()
    {
        Assert.Equal(5.0, ValueConverter.Convert<double>(JsonValue.Create(5)));
        Assert.Equal(2.5m, ValueConverter.Convert<decimal>(JsonValue.Create(2.5f)));
        Assert.Equal(7L, ValueConverter.Convert<long>(JsonValue.Create((short)7)));
    }

    [Fact]
    public void an_int_backed_form_number_is_checked_against_its_bounds()
    {
        FormField[] fields = [new() { Name = "age", Type = FormFieldType.Integer, Min = 18 }];

        var tooYoung = FormValidator.Validate(fields, new JsonObject { ["age"] = 17 });
        var oldEnough = FormValidator.Validate(fields, new JsonObject { ["age"] = 18 });

        Assert.Equal("must be at least 18", Assert.Single(tooYoung).Message);
        Assert.Empty(oldEnough);
    }
}

using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Expressions;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Expressions;

/// <summary>
/// JSON numbers built in code wrap an int (the instance's version, a host's form data), which
/// JsonValue.GetValue&lt;double&gt; refuses; every reader of numbers must take them as well as parsed ones.
/// </summary>
public sealed class NumbersBuiltInCodeTests
{
    [Fact]
    public async Task a_template_renders_with_the_instance_version_in_scope()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("template-log",
            [Activity("start", "Start"), Activity("log", "Log", new() { ["message"] = Template("version {{instance.version}}") })],
            [Connect("start", "log")]));

        var instance = await engine.StartAsync("template-log");

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var journal = await engine.Stores.Journal.ListAsync(instance.Id, 0, 100);
        Assert.Contains("version 1", journal.Items.Where(e => e.EventType == JournalEventType.Log).Select(e => e.Message));
    }

    [Fact]
    public void a_form_number_built_in_code_is_checked_against_the_field_rules()
    {
        FormField[] fields = [new() { Name = "seats", Type = FormFieldType.Integer, Min = 1 }];

        var problems = FormValidator.Validate(fields, new JsonObject { ["seats"] = 0 });

        Assert.Equal([new FieldProblem("seats", "must be at least 1")], problems);
    }

    [Fact]
    public void a_number_built_in_code_converts_to_double_and_decimal()
    {
        Assert.Equal(5d, ValueConverter.Convert<double>(JsonValue.Create(5)));
        Assert.Equal(5m, ValueConverter.Convert<decimal>(JsonValue.Create(5L)));
    }
}

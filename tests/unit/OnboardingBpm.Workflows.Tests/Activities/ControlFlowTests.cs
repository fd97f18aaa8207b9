using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.NodeBuilders;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Activities;

public sealed class ControlFlowTests
{
    [Theory]
    [InlineData(true, "yes", "onTrue")]
    [InlineData(false, "no", "onFalse")]
    public async Task a_decision_takes_the_port_its_condition_names(bool flag, string expected, string branch)
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("decide",
            [
                Activity("start", "Start"),
                Activity("decide", "Decision", new() { ["condition"] = Js("input.flag") }),
                Activity("onTrue", "SetVariable", new() { ["variable"] = "answer", ["value"] = "yes" }),
                Activity("onFalse", "SetVariable", new() { ["variable"] = "answer", ["value"] = "no" }),
            ],
            [Connect("start", "decide"), Connect("decide", "onTrue", "True"), Connect("decide", "onFalse", "False")],
            [Variable("answer", "String")]));

        var instance = await engine.StartAsync("decide", new JsonObject { ["flag"] = flag });

        Assert.Equal(expected, instance.Variables["answer"]!.GetValue<string>());
        Assert.Equal(["start", "decide", branch], await engine.CompletedActivitiesAsync(instance.Id));
    }

    [Theory]
    [InlineData("MatchFirst", 500, new[] { "big" })]
    [InlineData("MatchAny", 500, new[] { "big", "positive" })]
    [InlineData("MatchFirst", 5, new[] { "positive" })]
    [InlineData("MatchAny", -1, new[] { "fallback" })]
    public async Task a_switch_takes_the_first_or_every_matching_case_else_default(string mode, int amount, string[] expected)
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("route",
            [
                Activity("start", "Start"),
                Activity("route", "Switch", new()
                {
                    ["mode"] = mode,
                    ["cases"] = new JsonArray(
                        new JsonObject { ["label"] = "Big", ["condition"] = "input.amount > 100" },
                        new JsonObject { ["label"] = "Positive", ["condition"] = "input.amount > 0" }),
                }),
                Activity("big", "Log", new() { ["message"] = "big" }),
                Activity("positive", "Log", new() { ["message"] = "positive" }),
                Activity("fallback", "Log", new() { ["message"] = "fallback" }),
            ],
            [Connect("start", "route"), Connect("route", "big", "Big"), Connect("route", "positive", "Positive"), Connect("route", "fallback", "Default")]));

        var instance = await engine.StartAsync("route", new JsonObject { ["amount"] = amount });

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["start", "route", .. expected], await engine.CompletedActivitiesAsync(instance.Id));
    }

    [Fact]
    public async Task a_fork_runs_every_branch_and_a_wait_all_join_continues_once()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("fork",
            [
                Activity("start", "Start"),
                Activity("fork", "Fork", new() { ["branches"] = new JsonArray("Mail", "Crm", "Billing") }),
                Activity("mail", "Script", new() { ["code"] = "variables.done.push('mail')" }),
                Activity("crm", "Script", new() { ["code"] = "variables.done.push('crm')" }),
                Activity("billing", "Script", new() { ["code"] = "variables.done.push('billing')" }),
                Activity("join", "Join"),
                Activity("after", "Script", new() { ["code"] = "variables.joined = variables.joined + 1" }),
            ],
            [
                Connect("start", "fork"), Connect("fork", "mail", "Mail"), Connect("fork", "crm", "Crm"), Connect("fork", "billing", "Billing"),
                Connect("mail", "join"), Connect("crm", "join"), Connect("billing", "join"), Connect("join", "after"),
            ],
            [Variable("done", "Array", new JsonArray()), Variable("joined", "Number", 0)]));

        var instance = await engine.StartAsync("fork");

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["mail", "crm", "billing"], instance.Variables["done"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(1, instance.Variables["joined"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("Literal", "\"fixed\"", "\"fixed\"")]
    [InlineData("JavaScript", "\"variables.source.count * 2\"", "42")]
    [InlineData("Variable", "\"source.name\"", "\"Ada\"")]
    [InlineData("Template", "\"Hello {{variables.source.name}} ({{variables.source.count}})\"", "\"Hello Ada (21)\"")]
    public async Task set_variable_evaluates_each_expression_type(string type, string valueJson, string expectedJson)
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("assign",
            [Activity("start", "Start"), Activity("set", "SetVariable", new() { ["variable"] = "target", ["value"] = Expression(type, JsonNode.Parse(valueJson)) })],
            [Connect("start", "set")],
            [Variable("source", "Object", new JsonObject { ["name"] = "Ada", ["count"] = 21 }), Variable("target")]));

        var instance = await engine.StartAsync("assign");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), instance.Variables["target"]), instance.Variables["target"]?.ToJsonString());
    }

    [Fact]
    public async Task set_variable_stores_a_plain_json_literal_as_written()
    {
        await using var engine = new EngineHarness();
        var literal = new JsonObject { ["plan"] = "Pro", ["seats"] = new JsonArray(1, 2) };
        await engine.PublishAsync(Flow("assign",
            [Activity("start", "Start"), Activity("set", "SetVariable", new() { ["variable"] = "target", ["value"] = literal.DeepClone() })],
            [Connect("start", "set")],
            [Variable("target", "Object")]));

        var instance = await engine.StartAsync("assign");

        Assert.True(JsonNode.DeepEquals(literal, instance.Variables["target"]));
    }

    [Fact]
    public async Task log_writes_the_rendered_template_to_the_journal()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("log",
            [Activity("start", "Start"), Activity("log", "Log", new() { ["message"] = Template("Welcome {{variables.name}} from {{input.city}}"), ["level"] = "Warning" })],
            [Connect("start", "log")],
            [Variable("name", "String", "Ada")]));

        var instance = await engine.StartAsync("log", new JsonObject { ["city"] = "Paris" });

        var journal = await engine.Stores.Journal.ListAsync(instance.Id, 0, 100);
        var entry = Assert.Single(journal.Items, e => e.EventType == JournalEventType.Log);
        Assert.Equal("log", entry.ActivityId);
        Assert.Equal("Welcome Ada from Paris", entry.Message);
    }

    [Fact]
    public async Task a_fault_activity_raises_an_incident_with_its_rendered_message()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("fail",
            [Activity("start", "Start"), Activity("fail", "Fault", new() { ["message"] = Template("Customer {{input.id}} is blocked") })],
            [Connect("start", "fail")]));

        var instance = await engine.StartAsync("fail", new JsonObject { ["id"] = "C-7" });

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));
        Assert.Equal("fail", incident.ActivityId);
        Assert.Equal("Fault", incident.ActivityType);
        Assert.Equal("Customer C-7 is blocked", incident.Message);
        var parked = Assert.Single((await engine.InstanceAsync(instance.Id)).OpenExecutions.Values);
        Assert.Equal(ActivityExecutionStatus.Faulted, parked.Status);
        Assert.Equal(incident.Id, parked.IncidentId);
    }
}

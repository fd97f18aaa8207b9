using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Validation;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;
using static OnboardingBpm.Workflows.Tests.Validation.DefinitionChecks;

namespace OnboardingBpm.Workflows.Tests.Validation;

/// <summary>Ids, connections, ports, starts, reachability and loops.</summary>
public sealed class GraphValidationTests
{
    private static JsonObject Log(string id) => Activity(id, "Log", new() { ["message"] = id });

    [Fact]
    public void a_duplicate_activity_id_is_reported_at_the_second_one()
    {
        var problem = SingleError(Flow("x", [Activity("start", "Start"), Log("note"), Log("note")], [Connect("start", "note")]));

        Assert.Equal("$.root.activities[2].id", problem.Path);
        Assert.Equal("activity id 'note' is used more than once", problem.Message);
    }

    [Fact]
    public void a_connection_from_a_missing_activity_is_reported_at_its_source()
    {
        var errors = Validate(Flow("x", [Activity("start", "Start"), Log("note")], [Connect("start", "note"), Connect("ghost", "note")])).Errors.ToList();

        var problem = Assert.Single(errors);
        Assert.Equal("$.root.connections[1].source.activity", problem.Path);
        Assert.Equal("no activity 'ghost'", problem.Message);
    }

    [Fact]
    public void a_connection_to_a_missing_activity_is_reported_at_its_target()
    {
        var problem = SingleError(Flow("x", [Activity("start", "Start"), Log("note")], [Connect("start", "note"), Connect("note", "nowhere")]));

        Assert.Equal("$.root.connections[1].target.activity", problem.Path);
        Assert.Equal("no activity 'nowhere'", problem.Message);
    }

    [Fact]
    public void an_unknown_port_is_reported_with_the_ports_the_activity_has()
    {
        var problem = SingleError(Flow("x",
            [Activity("start", "Start"), Activity("check", "Decision", new() { ["condition"] = Js("true") }), Log("yes")],
            [Connect("start", "check"), Connect("check", "yes", "Yes")]));

        Assert.Equal("$.root.connections[1].source.port", problem.Path);
        Assert.Equal("'check' has no outcome 'Yes': its ports are True, False", problem.Message);
    }

    [Fact]
    public void a_port_on_an_activity_without_ports_says_it_has_none()
    {
        var problem = SingleError(Flow("x",
            [Activity("start", "Start"), Activity("end", "Finish"), Log("after")],
            [Connect("start", "end"), Connect("end", "after")]));

        Assert.Equal("$.root.connections[1].source.port", problem.Path);
        Assert.Equal("'end' has no outcome 'Done': it has no outcome ports", problem.Message);
    }

    [Fact]
    public void switch_case_labels_and_default_are_ports()
    {
        var cases = new JsonArray(new JsonObject { ["label"] = "Enterprise", ["condition"] = "input.seats > 500" });

        AssertValid(Flow("x",
            [Activity("start", "Start"), Activity("route", "Switch", new() { ["cases"] = cases }), Log("big"), Log("other")],
            [Connect("start", "route"), Connect("route", "big", "Enterprise"), Connect("route", "other", "Default")]));
    }

    [Fact]
    public void user_task_outcomes_and_escalated_are_ports_and_other_names_are_not()
    {
        var task = Activity("review", "UserTask", new() { ["title"] = "Review", ["outcomes"] = new JsonArray("Approve", "Reject") });

        var problem = SingleError(Flow("x",
            [Activity("start", "Start"), task, Log("approved"), Log("late"), Log("done")],
            [Connect("start", "review"), Connect("review", "approved", "Approve"), Connect("review", "late", "Escalated"), Connect("review", "done")]));

        Assert.Equal("$.root.connections[3].source.port", problem.Path);
        Assert.Equal("'review' has no outcome 'Done': its ports are Approve, Reject, Escalated", problem.Message);
    }

    [Fact]
    public void activities_that_no_start_reaches_are_each_reported()
    {
        var errors = Validate(Flow("x",
            [Activity("start", "Start"), Log("a"), Log("island"), Log("after-island")],
            [Connect("start", "a"), Connect("island", "after-island"), Connect("after-island", "island")])).Errors.ToList();

        Assert.Equal(["$.root.activities[2]", "$.root.activities[3]"], errors.Select(p => p.Path));
        Assert.Equal("'island' cannot be reached from a start activity", errors[0].Message);
    }

    [Fact]
    public void a_flow_with_no_start_activity_says_how_to_add_one()
    {
        var problem = SingleError(Flow("x", [Log("a"), Log("b")], [Connect("a", "b")]));

        Assert.Equal("$.root.activities", problem.Path);
        Assert.StartsWith("no start activity: add a Start (or a trigger such as HttpEndpoint, Event or Cron)", problem.Message);
    }

    [Fact]
    public void a_trigger_with_no_inbound_connection_is_a_start() =>
        AssertValid(Flow("x", [Activity("opened", "Event", new() { ["eventName"] = "case.opened" }), Log("a")], [Connect("opened", "a")]));

    [Fact]
    public void a_loop_with_no_blocking_activity_is_a_warning_and_the_definition_stays_valid()
    {
        var result = Validate(Flow("x",
            [Activity("start", "Start"), Log("a"), Activity("again", "Decision", new() { ["condition"] = Js("true") }), Log("b")],
            [Connect("start", "a"), Connect("a", "again"), Connect("again", "a", "True"), Connect("again", "b", "False")]));

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal("$.root.activities[1]", warning.Path);
        Assert.StartsWith("the loop a -> again has no blocking activity", warning.Message);
    }

    [Fact]
    public void a_loop_that_waits_for_a_person_gives_no_warning()
    {
        var task = Activity("fix", "UserTask", new() { ["title"] = "Fix the data" });

        var result = Validate(Flow("x",
            [Activity("start", "Start"), task, Activity("ok", "Decision", new() { ["condition"] = Js("true") }), Log("done")],
            [Connect("start", "fix"), Connect("fix", "ok", "Complete"), Connect("ok", "fix", "False"), Connect("ok", "done", "True")]));

        Assert.Empty(result.Problems);
    }
}

using System.Text.Json.Nodes;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;
using static OnboardingBpm.Workflows.Tests.Validation.DefinitionChecks;

namespace OnboardingBpm.Workflows.Tests.Validation;

/// <summary>Rules that belong to one kind of activity: retry policies, cron schedules, user task forms and outcomes.</summary>
public sealed class ActivityRuleValidationTests
{
    [Fact]
    public void every_field_of_a_bad_retry_policy_is_reported_at_its_own_path()
    {
        var activity = Activity("call", "Log", new() { ["message"] = "hi" });
        activity["retry"] = new JsonObject { ["maxAttempts"] = 0, ["interval"] = "soon", ["backoff"] = "Linear", ["maxInterval"] = "later" };

        var errors = Validate(AfterStart(activity)).Errors.ToDictionary(p => p.Path, p => p.Message);

        Assert.Equal(4, errors.Count);
        Assert.Equal("maxAttempts must be a whole number from 1 to 100", errors[$"{Subject}.retry.maxAttempts"]);
        Assert.Equal("interval must be an ISO 8601 duration such as PT5M", errors[$"{Subject}.retry.interval"]);
        Assert.Equal("backoff must be Fixed or Exponential", errors[$"{Subject}.retry.backoff"]);
        Assert.Equal("maxInterval must be an ISO 8601 duration", errors[$"{Subject}.retry.maxInterval"]);
    }

    [Fact]
    public void a_retry_policy_that_is_not_an_object_shows_the_expected_shape()
    {
        var activity = Activity("call", "Log", new() { ["message"] = "hi" });
        activity["retry"] = 3;

        var problem = SingleError(AfterStart(activity));

        Assert.Equal($"{Subject}.retry", problem.Path);
        Assert.Contains("\"maxAttempts\": 3", problem.Message);
    }

    [Fact]
    public void a_complete_retry_policy_is_valid()
    {
        var activity = Activity("call", "Log", new() { ["message"] = "hi" });
        activity["retry"] = new JsonObject { ["maxAttempts"] = 5, ["interval"] = "PT30S", ["backoff"] = "Exponential", ["maxInterval"] = "PT10M" };

        AssertValid(AfterStart(activity));
    }

    [Theory]
    [InlineData("0 8 * *")]
    [InlineData("61 8 * * 1")]
    [InlineData("every monday")]
    public void an_invalid_cron_expression_is_reported_at_the_expression(string expression)
    {
        var problem = SingleError(Flow("weekly", [Activity("tick", "Cron", new() { ["expression"] = expression })], []));

        Assert.Equal("$.root.activities[0].inputs.expression", problem.Path);
        Assert.StartsWith("not a valid cron expression:", problem.Message);
    }

    [Fact]
    public void an_unknown_cron_time_zone_is_reported()
    {
        var problem = SingleError(Flow("weekly", [Activity("tick", "Cron", new() { ["expression"] = "0 8 * * 1", ["timeZone"] = "Mars/Olympus" })], []));

        Assert.Equal("$.root.activities[0].inputs.timeZone", problem.Path);
        Assert.Equal("'Mars/Olympus' is not a known time zone", problem.Message);
    }

    [Fact]
    public void user_task_form_field_problems_are_reported_per_field()
    {
        var fields = new JsonArray(
            new JsonObject { ["name"] = "plan", ["type"] = "Select" },
            new JsonObject { ["name"] = "seats", ["type"] = "Integer", ["min"] = 10, ["max"] = 1 },
            new JsonObject { ["name"] = "plan", ["type"] = "Text" },
            new JsonObject { ["name"] = "code", ["pattern"] = "[A-Z" },
            new JsonObject { ["name"] = " " });
        var task = Activity("review", "UserTask", new() { ["title"] = "Review", ["formFields"] = fields });

        var errors = Validate(AfterStart(task)).Errors.Select(p => (p.Path, p.Message)).ToList();

        Assert.Equal(
            [
                ($"{Subject}.inputs.formFields[0].options", "a Select field needs options"),
                ($"{Subject}.inputs.formFields[1].min", "min is greater than max"),
                ($"{Subject}.inputs.formFields[2].name", "field name 'plan' is used more than once"),
                ($"{Subject}.inputs.formFields[3].pattern", "the pattern is not a valid regular expression"),
                ($"{Subject}.inputs.formFields[4].name", "a form field needs a name"),
            ],
            errors);
    }

    [Fact]
    public void a_form_field_of_an_unknown_type_is_reported_at_the_form()
    {
        var fields = new JsonArray(new JsonObject { ["name"] = "colour", ["type"] = "ColourPicker" });

        var problem = SingleError(AfterStart(Activity("review", "UserTask", new() { ["title"] = "Review", ["formFields"] = fields })));

        Assert.Equal($"{Subject}.inputs.formFields", problem.Path);
        Assert.StartsWith("expected a value of type FormFieldList", problem.Message);
    }

    [Theory]
    [InlineData("[]", "a user task needs at least one outcome")]
    [InlineData("[\"Approve\", \"Escalated\"]", "outcome 'Escalated' is duplicated or reserved")]
    [InlineData("[\"Approve\", \"Approve\"]", "outcome 'Approve' is duplicated or reserved")]
    public void user_task_outcomes_must_be_distinct_and_not_reserved(string outcomes, string message)
    {
        var problem = SingleError(AfterStart(Activity("review", "UserTask", new() { ["title"] = "Review", ["outcomes"] = JsonNode.Parse(outcomes) })));

        Assert.Equal($"{Subject}.inputs.outcomes", problem.Path);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void switch_case_labels_must_be_distinct()
    {
        var cases = new JsonArray(
            new JsonObject { ["label"] = "Vip", ["condition"] = "variables.vip" },
            new JsonObject { ["label"] = "Vip", ["condition"] = "variables.revenue > 1e6" });

        var problem = SingleError(AfterStart(Activity("route", "Switch", new() { ["cases"] = cases })));

        Assert.Equal($"{Subject}.inputs.cases", problem.Path);
        Assert.Equal("case label 'Vip' is used more than once", problem.Message);
    }

    [Fact]
    public void an_http_endpoint_path_without_a_leading_slash_is_reported()
    {
        var problem = SingleError(Flow("hook", [Activity("hook", "HttpEndpoint", new() { ["path"] = "cases/new" })], []));

        Assert.Equal("$.root.activities[0].inputs.path", problem.Path);
        Assert.Equal("the path must start with '/' and contain no spaces", problem.Message);
    }
}

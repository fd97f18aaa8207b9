using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Validation;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;
using static OnboardingBpm.Workflows.Tests.Validation.DefinitionChecks;

namespace OnboardingBpm.Workflows.Tests.Validation;

/// <summary>Activity types and the values written for their inputs.</summary>
public sealed class InputValidationTests
{
    [Fact]
    public void an_unknown_activity_type_is_reported_at_its_type()
    {
        var problem = SingleError(AfterStart(Activity("mail", "SendMail", new() { ["to"] = "a@b.c" })));

        Assert.Equal($"{Subject}.type", problem.Path);
        Assert.Equal("unknown activity type 'SendMail'", problem.Message);
    }

    [Fact]
    public void a_missing_required_input_is_reported_at_the_input_with_its_display_name()
    {
        var problem = SingleError(AfterStart(Activity("wait", "Delay")));

        Assert.Equal($"{Subject}.inputs.duration", problem.Path);
        Assert.Equal("'Duration' is required", problem.Message);
    }

    [Fact]
    public void a_blank_text_for_a_required_input_counts_as_missing()
    {
        var problem = SingleError(AfterStart(Activity("log", "Log", new() { ["message"] = "  " })));

        Assert.Equal($"{Subject}.inputs.message", problem.Path);
        Assert.Equal("'Message' is required", problem.Message);
    }

    [Theory]
    [InlineData("Delay", "duration", "\"soon\"", "expected an ISO 8601 duration such as PT72H, got the text \"soon\"")]
    [InlineData("Decision", "condition", "\"yes\"", "expected true or false, got the text \"yes\"")]
    [InlineData("Timer", "at", "\"next monday\"", "expected an ISO 8601 date and time, got the text \"next monday\"")]
    [InlineData("Join", "mode", "\"WaitSome\"", "expected one of WaitAll, WaitAny, got the text \"WaitSome\"")]
    [InlineData("Fork", "branches", "\"Left\"", "expected a list of texts, got the text \"Left\"")]
    public void a_literal_of_the_wrong_type_says_what_was_expected_and_what_was_given(string type, string input, string literal, string message)
    {
        var problem = SingleError(AfterStart(Activity("subject", type, new() { [input] = JsonNode.Parse(literal) })));

        Assert.Equal($"{Subject}.inputs.{input}", problem.Path);
        Assert.StartsWith(message, problem.Message);
    }

    [Theory]
    [InlineData("Script", "code", "JavaScript", "variables.x = 1")]
    [InlineData("Event", "eventName", "Template", "case.{{variables.x}}")]
    [InlineData("HttpEndpoint", "path", "Template", "/cases/{{variables.x}}")]
    [InlineData("Switch", "cases", "JavaScript", "[]")]
    public void an_input_that_shapes_the_workflow_must_be_a_literal(string type, string input, string expressionType, string text)
    {
        var problem = SingleError(AfterStart(Activity("subject", type, new() { [input] = Expression(expressionType, text) }), [Variable("x")]));

        Assert.Equal($"{Subject}.inputs.{input}", problem.Path);
        Assert.EndsWith("must be a literal value: it shapes the workflow at publish time", problem.Message);
    }

    [Theory]
    [InlineData("\"variables.x > 1\"", "an expression must be an object with 'type' and 'value'")]
    [InlineData("{\"type\": \"Python\", \"value\": \"x > 1\"}", "expression type must be one of Literal, JavaScript, Variable, Template")]
    [InlineData("{\"value\": \"x > 1\"}", "expression type must be one of Literal, JavaScript, Variable, Template")]
    [InlineData("{\"type\": \"JavaScript\", \"value\": 42}", "a JavaScript expression needs a string 'value'")]
    public void a_malformed_expression_object_is_reported_at_the_input(string expression, string message)
    {
        var input = new JsonObject { ["expression"] = JsonNode.Parse(expression) };

        var problem = SingleError(AfterStart(Activity("check", "Decision", new() { ["condition"] = input })));

        Assert.Equal($"{Subject}.inputs.condition", problem.Path);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void an_input_the_activity_does_not_have_is_a_warning()
    {
        var result = Validate(AfterStart(Activity("wait", "Delay", new() { ["duration"] = "PT1H", ["durration"] = "PT2H" })));

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Problems);
        Assert.Equal((ProblemSeverity.Warning, $"{Subject}.inputs.durration"), (warning.Severity, warning.Path));
        Assert.Equal("Delay has no input 'durration'; ignored", warning.Message);
    }

    [Fact]
    public void a_variable_expression_naming_an_undeclared_variable_is_reported()
    {
        var problem = SingleError(AfterStart(
            Activity("check", "Decision", new() { ["condition"] = Expression("Variable", "aproved.value") }),
            [Variable("approved", "Boolean")]));

        Assert.Equal($"{Subject}.inputs.condition", problem.Path);
        Assert.Equal("variable 'aproved.value' is not declared in $.variables", problem.Message);
    }

    [Fact]
    public void a_variable_expression_with_a_path_into_a_declared_variable_is_valid() =>
        AssertValid(AfterStart(
            Activity("check", "Decision", new() { ["condition"] = Expression("Variable", "review.approved") }),
            [Variable("review", "Object")]));

    [Fact]
    public void set_variable_on_an_undeclared_variable_is_reported_at_its_variable_input()
    {
        var problem = SingleError(AfterStart(Activity("set", "SetVariable", new() { ["variable"] = "totl", ["value"] = 1 }), [Variable("total")]));

        Assert.Equal($"{Subject}.inputs.variable", problem.Path);
        Assert.Equal("variable 'totl' is not declared in $.variables", problem.Message);
    }

    [Fact]
    public void an_output_mapped_to_an_undeclared_variable_is_reported_at_the_output()
    {
        var problem = SingleError(AfterStart(
            Activity("opened", "Event", new() { ["eventName"] = "case.opened" }).WithOutputs(new() { ["Payload"] = "case" }),
            [Variable("opened")]));

        Assert.Equal($"{Subject}.outputs.Payload", problem.Path);
        Assert.Equal("variable 'case' is not declared in $.variables", problem.Message);
    }

    [Fact]
    public void an_output_the_activity_does_not_have_is_reported()
    {
        var problem = SingleError(AfterStart(
            Activity("opened", "Event", new() { ["eventName"] = "case.opened" }).WithOutputs(new() { ["Body"] = "opened" }),
            [Variable("opened")]));

        Assert.Equal($"{Subject}.outputs.Body", problem.Path);
        Assert.Equal("Event has no output 'Body'", problem.Message);
    }

    [Fact]
    public void an_output_mapped_to_something_other_than_a_variable_name_is_reported()
    {
        var problem = SingleError(AfterStart(
            Activity("opened", "Event", new() { ["eventName"] = "case.opened" }).WithOutputs(new() { ["Payload"] = 7 }),
            [Variable("opened")]));

        Assert.Equal($"{Subject}.outputs.Payload", problem.Path);
        Assert.Equal("an output maps to the name of a variable", problem.Message);
    }
}

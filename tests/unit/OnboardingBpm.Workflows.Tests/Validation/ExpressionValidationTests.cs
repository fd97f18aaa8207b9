using System.Text.Json.Nodes;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;
using static OnboardingBpm.Workflows.Tests.Validation.DefinitionChecks;

namespace OnboardingBpm.Workflows.Tests.Validation;

/// <summary>Scripts and templates are compiled at validation time, so a typo never waits for a run to fail.</summary>
public sealed class ExpressionValidationTests
{
    [Fact]
    public void javascript_in_an_input_that_does_not_parse_is_reported_with_line_and_column()
    {
        var problem = SingleError(AfterStart(Activity("check", "Decision", new() { ["condition"] = Js("variables.total >> > 3") })));

        Assert.Equal($"{Subject}.inputs.condition", problem.Path);
        Assert.StartsWith("JavaScript does not parse:", problem.Message);
        Assert.EndsWith("(line 1, column 20)", problem.Message);
    }

    [Fact]
    public void script_code_that_does_not_parse_is_reported_at_its_code_with_the_line_of_the_error()
    {
        var code = "var total = 0;\nfor (const item of variables.items) {\n  total += item.price\n";

        var problem = SingleError(AfterStart(Activity("sum", "Script", new() { ["code"] = code })));

        Assert.Equal($"{Subject}.inputs.code", problem.Path);
        Assert.StartsWith("JavaScript does not parse:", problem.Message);
        Assert.Contains("(line 4, column", problem.Message);
    }

    [Fact]
    public void a_switch_case_condition_that_does_not_parse_is_reported_at_that_case()
    {
        var cases = new JsonArray(
            new JsonObject { ["label"] = "Enterprise", ["condition"] = "variables.seats > 500" },
            new JsonObject { ["label"] = "Smb", ["condition"] = "variables.seats <= = 500" });

        var problem = SingleError(AfterStart(Activity("segment", "Switch", new() { ["cases"] = cases })));

        Assert.Equal($"{Subject}.inputs.cases[1].condition", problem.Path);
        Assert.StartsWith("JavaScript does not parse:", problem.Message);
        Assert.Contains("(line 1, column", problem.Message);
    }

    [Fact]
    public void a_template_that_does_not_compile_is_reported_at_its_input()
    {
        var problem = SingleError(AfterStart(Activity("log", "Log", new() { ["message"] = Template("Case {{#if variables.vip}}VIP") })));

        Assert.Equal($"{Subject}.inputs.message", problem.Path);
        Assert.StartsWith("Template does not compile:", problem.Message);
    }

    [Fact]
    public void valid_scripts_templates_and_conditions_give_no_problem() =>
        AssertValid(Flow("fine",
            [
                Activity("start", "Start"),
                Activity("log", "Log", new() { ["message"] = Template("Case {{variables.caseId}} opened {{#if variables.vip}}(VIP){{/if}}") }),
                Activity("sum", "Script", new() { ["code"] = "const due = addDays(now(), 3);\nvariables.caseId = `C-${input.n}`;" }),
                Activity("check", "Decision", new() { ["condition"] = Js("variables.vip === true") }),
            ],
            [Connect("start", "log"), Connect("log", "sum"), Connect("sum", "check")],
            [Variable("caseId", "String"), Variable("vip", "Boolean", false)]));
}

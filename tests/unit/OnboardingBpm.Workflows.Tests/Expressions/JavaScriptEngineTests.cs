using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Tests.Expressions;

public sealed class JavaScriptEngineTests
{
    private readonly JavaScriptEngine engine = new();

    [Fact]
    public void an_expression_sees_variables_input_payload_and_instance()
    {
        var scope = Scopes.Create(
            variables: new() { ["seats"] = 40 },
            input: new() { ["plan"] = "pro" },
            payload: new JsonObject { ["caseId"] = "C-7" });

        var result = engine.Evaluate("`${input.plan}:${variables.seats * 2}:${payload.caseId}:${instance.definitionId}`", scope);

        Assert.Equal("pro:80:C-7:onboarding", result!.GetValue<string>());
    }

    [Fact]
    public void the_value_of_the_last_statement_comes_back_as_json()
    {
        var result = engine.Evaluate("const seats = 3; ({ seats, tags: ['vip', true], owner: null })", Scopes.Create());

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"seats":3,"tags":["vip",true],"owner":null}"""), result));
        Assert.Null(engine.Evaluate("undefined", Scopes.Create()));
    }

    [Fact]
    public void a_script_is_parsed_once_per_text()
    {
        // The cache is private; its size is the only way to see that a second run did not parse again.
        var cache = (ICollection)typeof(JavaScriptEngine).GetField("cache", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(engine)!;

        engine.Evaluate("variables.n + 1", Scopes.Create(new() { ["n"] = 1 }));
        engine.Evaluate("variables.n + 1", Scopes.Create(new() { ["n"] = 5 }));
        Assert.Null(engine.CheckSyntax("variables.n + 1"));
        Assert.Single(cache);

        engine.Evaluate("variables.n + 2", Scopes.Create(new() { ["n"] = 1 }));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void assignments_to_variables_are_copied_back_to_the_scope_but_input_stays_as_it_was()
    {
        var scope = Scopes.Create(new() { ["count"] = 1, ["tags"] = new JsonArray("new"), ["untouched"] = "same" }, input: new() { ["plan"] = "pro" });

        engine.Evaluate("variables.count += 1; variables.tags.push('vip'); variables.owner = { name: 'ana' }; input.plan = 'free';", scope);

        Assert.Equal(2, scope.Variables["count"]!.GetValue<double>());
        Assert.Equal("[\"new\",\"vip\"]", scope.Variables["tags"]!.ToJsonString());
        Assert.Equal("{\"name\":\"ana\"}", scope.Variables["owner"]!.ToJsonString());
        Assert.Equal("same", scope.Variables["untouched"]!.GetValue<string>());
        Assert.Equal("pro", scope.Input["plan"]!.GetValue<string>());
    }

    [Fact]
    public void a_syntax_error_is_reported_with_its_line_and_column()
    {
        var error = engine.CheckSyntax("const a = 1;\nconst b = ;");

        Assert.NotNull(error);
        Assert.Equal((2, 11), (error.Line, error.Column));
        Assert.StartsWith("JavaScript does not parse:", error.Message);
        Assert.Throws<ExpressionException>(() => engine.Evaluate("const b = ;", Scopes.Create()));
    }

    [Fact]
    public void an_error_thrown_by_a_script_carries_its_message_and_line()
    {
        var error = Assert.Throws<ExpressionException>(() => engine.Evaluate("const a = 1;\nthrow new Error('no owner for ' + a);", Scopes.Create()));

        Assert.Contains("no owner for 1", error.Message);
        Assert.Equal(2, error.Line);
    }
}

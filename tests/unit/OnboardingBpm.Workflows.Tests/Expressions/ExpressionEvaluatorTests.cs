using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Tests.Expressions;

public sealed class ExpressionEvaluatorTests
{
    private readonly ExpressionEvaluator evaluator = new(new JavaScriptEngine(), new TemplateEngine());

    private static ExpressionScope Customer() => Scopes.Create(new()
    {
        ["customer"] = new JsonObject { ["contact"] = new JsonObject { ["email"] = "ops@acme.test" }, ["seats"] = 40 },
    });

    [Fact]
    public void a_variable_expression_follows_a_dotted_path()
    {
        var value = evaluator.Evaluate(new InputValue(ExpressionType.Variable, " customer . contact.email "), Customer());

        Assert.Equal("ops@acme.test", value!.GetValue<string>());
    }

    [Fact]
    public void a_variable_expression_returns_a_copy_that_does_not_change_the_variable()
    {
        var scope = Customer();

        var contact = evaluator.Evaluate(new InputValue(ExpressionType.Variable, "customer.contact"), scope)!.AsObject();
        contact["email"] = "changed";

        Assert.Equal("ops@acme.test", scope.Variables["customer"]!["contact"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public void a_path_past_the_end_of_a_variable_is_null()
    {
        Assert.Null(evaluator.Evaluate(new InputValue(ExpressionType.Variable, "customer.contact.phone"), Customer()));
        Assert.Null(evaluator.Evaluate(new InputValue(ExpressionType.Variable, "customer.seats.count"), Customer()));
    }

    [Fact]
    public void a_variable_that_is_not_defined_is_an_error_naming_it()
    {
        var error = Assert.Throws<ExpressionException>(() => evaluator.Evaluate(new InputValue(ExpressionType.Variable, "client.email"), Customer()));

        Assert.Equal("Variable 'client' is not defined.", error.Message);
    }

    [Fact]
    public void each_expression_type_evaluates_through_its_engine()
    {
        var scope = Customer();

        Assert.Equal(41, evaluator.Evaluate(InputValue.JavaScript("variables.customer.seats + 1"), scope)!.GetValue<double>());
        Assert.Equal("40 seats", evaluator.Evaluate(new InputValue(ExpressionType.Template, "{{variables.customer.seats}} seats"), scope)!.GetValue<string>());
        Assert.Equal("[1,2]", evaluator.Evaluate(InputValue.Literal(new JsonArray(1, 2)), scope)!.ToJsonString());
    }
}

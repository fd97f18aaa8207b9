using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Tests.Expressions;

public sealed class TemplateEngineTests
{
    private readonly TemplateEngine templates = new();

    [Fact]
    public void a_template_renders_variables_input_and_payload()
    {
        var scope = Scopes.Create(
            variables: new() { ["customer"] = new JsonObject { ["name"] = "Acme" }, ["seats"] = 40 },
            input: new() { ["plan"] = "pro" },
            payload: new JsonObject { ["caseId"] = "C-7" });

        var text = templates.Render("{{variables.customer.name}} ({{input.plan}}, {{variables.seats}} seats) case {{payload.caseId}}", scope);

        Assert.Equal("Acme (pro, 40 seats) case C-7", text);
    }

    [Fact]
    public void blocks_and_iteration_work_on_lists()
    {
        var scope = Scopes.Create(new() { ["vip"] = true, ["tags"] = new JsonArray("a", "b") });

        Assert.Equal("VIP: a;b;", templates.Render("{{#if variables.vip}}VIP: {{/if}}{{#each variables.tags}}{{this}};{{/each}}", scope));
    }

    [Fact]
    public void values_are_not_html_escaped()
    {
        var scope = Scopes.Create(new() { ["company"] = "Smith & Sons <Ltd>" });

        Assert.Equal("Welcome, Smith & Sons <Ltd>", templates.Render("Welcome, {{variables.company}}", scope));
    }

    [Fact]
    public void numbers_built_in_code_render_like_parsed_ones()
    {
        var scope = Scopes.Create(new() { ["built"] = 3, ["parsed"] = JsonNode.Parse("2.5") });

        Assert.Equal("3 and 2.5", templates.Render("{{variables.built}} and {{variables.parsed}}", scope));
    }

    [Fact]
    public void a_missing_value_renders_as_nothing()
    {
        Assert.Equal("Owner: .", templates.Render("Owner: {{variables.owner.name}}.", Scopes.Create()));
    }

    [Fact]
    public void a_template_that_does_not_compile_is_reported_and_cannot_render()
    {
        const string broken = "Case {{#if variables.vip}}VIP";

        var error = templates.CheckSyntax(broken);

        Assert.NotNull(error);
        Assert.StartsWith("Template does not compile:", error.Message);
        Assert.Null(templates.CheckSyntax("Case {{#if variables.vip}}VIP{{/if}}"));
        Assert.Throws<ExpressionException>(() => templates.Render(broken, Scopes.Create()));
    }
}

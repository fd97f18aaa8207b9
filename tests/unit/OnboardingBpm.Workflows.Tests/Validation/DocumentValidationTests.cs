using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Validation;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;
using static OnboardingBpm.Workflows.Tests.Validation.DefinitionChecks;

namespace OnboardingBpm.Workflows.Tests.Validation;

/// <summary>The document itself: JSON, an object, its identity and its variable declarations.</summary>
public sealed class DocumentValidationTests
{
    [Fact]
    public void text_that_is_not_json_is_reported_at_the_root_with_the_parser_position()
    {
        var problem = SingleError("{ \"definitionId\": \"x\", ");

        Assert.Equal("$", problem.Path);
        Assert.StartsWith("not valid JSON:", problem.Message);
        Assert.Contains("LineNumber: 0", problem.Message);
    }

    /// <summary>Found by the fuzz: both used to parse, then throw where first read (a 500 on import).</summary>
    [Theory]
    [InlineData("{\"definitionId\": \"x\", \"name\": \"a\", \"name\": \"b\"}", "$.name", "is given more than once")]
    [InlineData("{\"definitionId\": \"x\", \"root\": {\"activities\": [{\"id\": \"a\", \"id\": \"b\"}]}}", "$.root.activities[0].id", "is given more than once")]
    [InlineData("{\"definitionId\": \"x\", \"name\": \"\\ud800\"}", "$.name", "lone surrogate")]
    [InlineData("{\"definitionId\": \"x\", \"\\udc00\": 1}", "$", "lone surrogate")]
    public void a_key_given_twice_or_a_lone_surrogate_is_reported_at_its_path(string json, string path, string message)
    {
        var problem = SingleError(json);

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message);
    }

    /// <summary>PostgreSQL refuses U+0000 in text (and the escape in jsonb): found at its path before anything is stored.</summary>
    [Theory]
    [InlineData("{\"definitionId\": \"x\", \"name\": \"a\\u0000b\"}", "$.name", "contains a NUL character")]
    [InlineData("{\"definitionId\": \"x\", \"root\": {\"activities\": [{\"id\": \"a\", \"inputs\": {\"message\": \"\\u0000\"}}]}}", "$.root.activities[0].inputs.message", "contains a NUL character")]
    [InlineData("{\"definitionId\": \"x\", \"root\": {\"a\\u0000\": 1}}", "$.root", "has a key that contains a NUL character")]
    public void text_or_a_key_holding_a_nul_character_is_reported_at_its_path(string json, string path, string message)
    {
        var problem = SingleError(json);

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"a workflow\"")]
    [InlineData("null")]
    public void json_that_is_not_an_object_is_not_a_definition(string json)
    {
        var problem = SingleError(json);

        Assert.Equal("$", problem.Path);
        Assert.Equal("a workflow definition must be a JSON object", problem.Message);
    }

    [Fact]
    public void a_missing_definition_id_and_a_missing_name_are_each_reported()
    {
        var json = new JsonObject
        {
            ["root"] = new JsonObject { ["activities"] = new JsonArray(Activity("start", "Start")) },
        }.ToJsonString();

        var errors = Validate(json).Errors.ToList();

        Assert.Equal(["$.definitionId", "$.name"], errors.Select(p => p.Path));
        Assert.Equal(["definitionId is required", "name is required"], errors.Select(p => p.Message));
    }

    [Fact]
    public void a_definition_id_that_is_not_text_says_so_instead_of_calling_it_missing()
    {
        var json = JsonNode.Parse(Flow("x", [Activity("start", "Start")], []))!.AsObject();
        json["definitionId"] = 42;

        var problem = SingleError(json.ToJsonString());

        Assert.Equal("$.definitionId", problem.Path);
        Assert.Equal("definitionId must be a text", problem.Message);
    }

    [Theory]
    [InlineData("Customer Onboarding")]
    [InlineData("-leading-dash")]
    [InlineData("ümlaut")]
    public void a_definition_id_outside_the_allowed_form_is_rejected_with_the_rule(string definitionId)
    {
        var problem = SingleError(Flow(definitionId, [Activity("start", "Start")], []));

        Assert.Equal("$.definitionId", problem.Path);
        Assert.Contains("lower-case letters, digits, '-', '_' or '.'", problem.Message);
    }

    [Fact]
    public void an_unknown_top_level_property_is_a_warning_and_the_definition_stays_valid()
    {
        var json = JsonNode.Parse(Flow("x", [Activity("start", "Start")], []))!.AsObject();
        json["owner"] = "ops";

        var result = Validate(json.ToJsonString());

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Problems);
        Assert.Equal((ProblemSeverity.Warning, "$.owner"), (warning.Severity, warning.Path));
    }

    [Fact]
    public void a_variable_declared_twice_is_reported_at_the_second_declaration()
    {
        var problem = SingleError(Flow("x", [Activity("start", "Start")], [], [Variable("total"), Variable("count"), Variable("total")]));

        Assert.Equal("$.variables[2].name", problem.Path);
        Assert.Equal("'total' is declared more than once", problem.Message);
    }

    [Fact]
    public void a_variable_name_that_scripts_cannot_use_is_rejected()
    {
        var problem = SingleError(Flow("x", [Activity("start", "Start")], [], [Variable("case-id")]));

        Assert.Equal("$.variables[0].name", problem.Path);
        Assert.Contains("not a valid name", problem.Message);
    }

    [Fact]
    public void a_variable_default_that_does_not_match_its_type_is_reported_at_the_default()
    {
        var problem = SingleError(Flow("x", [Activity("start", "Start")], [], [Variable("count", "Number", "three")]));

        Assert.Equal("$.variables[0].default", problem.Path);
        Assert.Equal("the default is not a Number", problem.Message);
    }

    [Fact]
    public void an_unknown_variable_type_lists_the_known_ones()
    {
        var problem = SingleError(Flow("x", [Activity("start", "Start")], [], [Variable("count", "Integer")]));

        Assert.Equal("$.variables[0].type", problem.Path);
        Assert.Equal("type must be one of Any, String, Number, Boolean, DateTime, Object, Array", problem.Message);
    }
}

using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Definitions;

namespace OnboardingBpm.Workflows.Tests.Definitions;

public sealed class InputValueTests
{
    [Theory]
    [InlineData("\"PT72H\"")]
    [InlineData("42")]
    [InlineData("[\"Approve\",\"Reject\"]")]
    [InlineData("{\"caseId\":\"C-1\",\"segment\":\"smb\"}")]
    [InlineData("{\"expression\":\"looks like one\",\"but\":\"has two properties\"}")]
    public void a_plain_json_value_is_a_literal(string json)
    {
        var value = InputValue.Parse(JsonNode.Parse(json), out var error);

        Assert.Null(error);
        Assert.Equal(ExpressionType.Literal, value.Type);
        Assert.Equal(json, value.Value!.ToJsonString());
    }

    [Theory]
    [InlineData("JavaScript", ExpressionType.JavaScript)]
    [InlineData("javascript", ExpressionType.JavaScript)]
    [InlineData("Variable", ExpressionType.Variable)]
    [InlineData("Template", ExpressionType.Template)]
    public void an_expression_object_names_its_type_ignoring_case(string type, ExpressionType expected)
    {
        var value = InputValue.Parse(JsonNode.Parse($$$"""{"expression":{"type":"{{{type}}}","value":"variables.x"}}"""), out var error);

        Assert.Null(error);
        Assert.Equal((expected, "variables.x"), (value.Type, value.Text));
    }

    [Fact]
    public void a_literal_object_that_looks_like_an_expression_survives_a_round_trip()
    {
        var lookalike = JsonNode.Parse("""{"expression":{"type":"JavaScript","value":"1 + 1"}}""");

        var written = InputValue.Literal(lookalike).ToJson();
        var read = InputValue.Parse(written, out var error);

        Assert.Null(error);
        Assert.Equal(ExpressionType.Literal, read.Type);
        Assert.True(JsonNode.DeepEquals(lookalike, read.Value));
    }

    [Fact]
    public void an_explicit_literal_expression_may_hold_any_json()
    {
        var value = InputValue.Parse(JsonNode.Parse("""{"expression":{"type":"Literal","value":{"seats":3}}}"""), out var error);

        Assert.Null(error);
        Assert.Equal(ExpressionType.Literal, value.Type);
        Assert.Equal("{\"seats\":3}", value.Value!.ToJsonString());
    }

    [Fact]
    public void a_numeric_expression_type_is_not_accepted_as_an_enum_value()
    {
        InputValue.Parse(JsonNode.Parse("""{"expression":{"type":"1","value":"x"}}"""), out var error);

        Assert.Equal("expression type must be one of Literal, JavaScript, Variable, Template", error);
    }
}

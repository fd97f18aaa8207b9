using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Tests.Expressions;

public sealed class TemplateNumberTests
{
    [Fact]
    public void numbers_built_in_code_render_like_numbers_parsed_from_json()
    {
        var scope = new ExpressionScope
        {
            Variables = new Dictionary<string, JsonNode?> { ["round"] = JsonValue.Create(2), ["parsed"] = JsonNode.Parse("1.5") },
            Instance = new JsonObject { ["version"] = 3 },
            Now = DateTimeOffset.UnixEpoch,
        };

        var text = new TemplateEngine().Render("v{{instance.version}} round {{variables.round}} of {{variables.parsed}}", scope);

        Assert.Equal("v3 round 2 of 1.5", text);
    }
}

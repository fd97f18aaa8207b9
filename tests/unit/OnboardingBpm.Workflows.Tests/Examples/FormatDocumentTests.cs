using System.Text.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Tests.Support;

namespace OnboardingBpm.Workflows.Tests.Examples;

public sealed class FormatDocumentTests
{
    [Fact]
    public void the_annotated_example_in_the_format_document_is_the_workflow_file()
    {
        var document = EngineHarness.ReadFile("docs/workflow-format.md");
        var section = document[document.IndexOf("## A complete example", StringComparison.Ordinal)..];
        var start = section.IndexOf("```jsonc\n", StringComparison.Ordinal) + "```jsonc\n".Length;
        var listing = section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)];

        var annotated = JsonNode.Parse(listing, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var file = JsonNode.Parse(EngineHarness.ReadFile("workflows/onboarding-approval.json"));

        Assert.True(JsonNode.DeepEquals(file, annotated), "docs/workflow-format.md shows a different example than workflows/onboarding-approval.json");
    }
}

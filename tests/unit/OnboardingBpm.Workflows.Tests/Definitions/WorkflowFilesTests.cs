using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Tests.Support;

namespace OnboardingBpm.Workflows.Tests.Definitions;

/// <summary>
/// The real definitions under workflows/ (copied next to the test assembly) are what the server publishes at
/// startup. They use the integration activities too, so they are validated with the full palette in
/// OnboardingBpm.Integrations.Tests (Workflows/WorkflowFilesTests).
/// </summary>
public sealed class WorkflowFilesTests
{
    public static TheoryData<string> Files =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "workflows"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void the_documented_example_is_among_the_files()
    {
        Assert.Contains("onboarding-approval.json", Files.Select(f => f.Data));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void a_workflow_file_names_the_schema_for_editors(string file)
    {
        var json = JsonNode.Parse(EngineHarness.ReadFile(Path.Combine("workflows", file)))!;

        Assert.Equal("./schema/workflow-definition.schema.json", json["$schema"]?.GetValue<string>());
    }
}

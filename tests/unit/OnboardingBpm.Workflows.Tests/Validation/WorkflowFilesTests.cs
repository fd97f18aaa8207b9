using OnboardingBpm.Workflows.Tests.Support;

namespace OnboardingBpm.Workflows.Tests.Validation;

/// <summary>The definitions under workflows/ are published at server start: each must validate cleanly.</summary>
public sealed class WorkflowFilesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "workflows");

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            // The JSON Schema sits beside the definitions but is not one.
            if (!file.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            {
                files.Add(Path.GetRelativePath(AppContext.BaseDirectory, file).Replace('\\', '/'));
            }
        }

        return files;
    }

    [Fact]
    public void the_workflow_files_are_copied_next_to_the_tests()
    {
        var files = Files().Select(row => row.Data).ToList();

        Assert.Contains("workflows/case-escalation.json", files);
        Assert.DoesNotContain(files, f => f.EndsWith(".schema.json", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void every_workflow_file_validates_without_errors(string relativePath)
    {
        var result = DefinitionChecks.Validate(EngineHarness.ReadFile(relativePath));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors.Select(p => $"{p.Path}: {p.Message}")));
    }
}

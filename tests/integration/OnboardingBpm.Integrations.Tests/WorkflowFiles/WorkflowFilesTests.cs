using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Activities;
using OnboardingBpm.Workflows;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Integrations.Tests.WorkflowFiles;

/// <summary>Every definition under workflows/ validates with the palette the server has: core, integration and onboarding activities.</summary>
public sealed class WorkflowFilesTests
{
    public static TheoryData<string> Files =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "workflows"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void the_integration_workflows_are_among_the_files()
    {
        Assert.Superset(new HashSet<string> { "onboarding-request.json", "crm-sync.json", "data-consistency-validation.json", "kpi-report.json" }, Files.Select(f => f.Data).ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task a_workflow_file_validates_without_errors_or_warnings(string file)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflowEngine(registry => registry.AddIntegrationActivities().AddOnboardingActivities());
        services.AddIntegrations(new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();

        var result = provider.GetRequiredService<DefinitionService>().Validate(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "workflows", file), TestContext.Current.CancellationToken));

        Assert.Empty(result.Problems.Select(p => $"{p.Severity} {p.Path}: {p.Message}"));
    }
}

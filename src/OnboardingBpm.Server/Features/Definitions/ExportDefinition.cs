using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Definitions;

public static class ExportDefinition
{
    /// <summary>The definition file of a version (the newest when none is named), ready to commit under workflows/.</summary>
    public static async Task<IResult> HandleAsync(string definitionId, int? version, WorkflowStores stores, CancellationToken cancellationToken)
    {
        var stored = version is { } number
            ? await stores.Definitions.FindVersionAsync(definitionId, number, cancellationToken)
            : await stores.Definitions.FindLatestAsync(definitionId, cancellationToken);
        if (stored is null)
        {
            throw new WorkflowNotFoundException(version is null ? $"Workflow '{definitionId}' does not exist." : $"Workflow '{definitionId}' has no version {version}.");
        }

        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(stored.Json), "application/json", $"{definitionId}.v{stored.Version}.json");
    }
}

using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Server.Features.Definitions;

public static class ListDefinitions
{
    public static async Task<Ok<IReadOnlyList<DefinitionSummary>>> HandleAsync(WorkflowStores stores, CancellationToken cancellationToken) =>
        TypedResults.Ok(await stores.Definitions.ListAsync(cancellationToken));
}

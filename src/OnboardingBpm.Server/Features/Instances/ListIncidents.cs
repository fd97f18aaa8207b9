using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Instances;

public static class ListIncidents
{
    public static async Task<Ok<IReadOnlyList<Incident>>> HandleAsync(string? instanceId, bool? openOnly, WorkflowStores stores, CancellationToken cancellationToken) =>
        TypedResults.Ok(await stores.Incidents.ListAsync(instanceId, openOnly ?? true, cancellationToken));
}

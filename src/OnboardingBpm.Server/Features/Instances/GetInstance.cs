using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Instances;

public static class GetInstance
{
    public static async Task<Ok<InstanceView>> HandleAsync(string instanceId, WorkflowStores stores, CancellationToken cancellationToken)
    {
        var instance = await stores.Instances.FindAsync(instanceId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Instance {instanceId} does not exist.");
        return TypedResults.Ok(InstanceView.From(instance));
    }
}

using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Instances;

public static class CancelInstance
{
    public static async Task<Ok<InstanceView>> HandleAsync(string instanceId, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        TypedResults.Ok(InstanceView.From((await runtime.CancelAsync(instanceId, cancellationToken)).Instance));
}

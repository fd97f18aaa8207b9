using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Instances;

public static class RetryIncident
{
    /// <summary>Runs the failed activity again from its first attempt; the incident is resolved.</summary>
    public static async Task<Ok<InstanceView>> HandleAsync(string incidentId, HttpContext context, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        TypedResults.Ok(InstanceView.From((await runtime.RetryIncidentAsync(incidentId, context.User.Identity?.Name, cancellationToken)).Instance));
}

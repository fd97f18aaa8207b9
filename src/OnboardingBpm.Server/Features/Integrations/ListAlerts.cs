using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Integrations;

public static class ListAlerts
{
    public static async Task<IResult> HandleAsync(IAlertStore alerts, string? audience, bool? openOnly, int? skip, int? take, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        Paging.Check(skip, take, problems);
        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The filter is not valid.", problems);
        }

        return TypedResults.Ok(await alerts.ListAsync(new AlertQuery(audience, openOnly ?? false, skip ?? 0, take ?? 50), cancellationToken));
    }

    public static async Task<NoContent> AcknowledgeAsync(string alertId, HttpContext context, IAlertStore alerts, TimeProvider time, CancellationToken cancellationToken)
    {
        var by = context.User.Identity?.Name ?? "anonymous";
        return await alerts.AcknowledgeAsync(alertId, by, time.GetUtcNow(), cancellationToken)
            ? TypedResults.NoContent()
            : throw new WorkflowConflictException($"Alert {alertId} does not exist or was acknowledged already.");
    }
}

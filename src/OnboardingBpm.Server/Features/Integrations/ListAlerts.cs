using System.Security.Claims;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Integrations;

/// <summary>Alerts, each visible only to its audience: Platform Engineering, the supervisors, or one segment's agents.</summary>
public static class ListAlerts
{
    public static async Task<IResult> HandleAsync(ClaimsPrincipal user, IAlertStore alerts, IOptions<GroupMapping> groups, string? audience, bool? openOnly, int? skip, int? take, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        Paging.Check(skip, take, problems);
        var visible = Audiences(user.Grant(), groups.Value);
        if (audience is not null && !visible.Contains(audience))
        {
            problems.Add(new("audience", $"must be one you may see: {string.Join(", ", visible)}"));
        }

        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The filter is not valid.", problems);
        }

        var query = new AlertQuery(audience, openOnly ?? false, skip ?? 0, take ?? 50) { Audiences = visible };
        return TypedResults.Ok(await alerts.ListAsync(query, cancellationToken));
    }

    public static async Task<NoContent> AcknowledgeAsync(string alertId, ClaimsPrincipal user, IAlertStore alerts, IOptions<GroupMapping> groups, TimeProvider time, CancellationToken cancellationToken)
    {
        // An alert of another audience is reported as missing: its existence is not the caller's business.
        var alert = await alerts.FindAsync(alertId, cancellationToken);
        if (alert is null || !Audiences(user.Grant(), groups.Value).Contains(alert.Audience))
        {
            throw new WorkflowNotFoundException($"Alert {alertId} does not exist.");
        }

        return await alerts.AcknowledgeAsync(alertId, user.Identity?.Name ?? "unknown", time.GetUtcNow(), cancellationToken)
            ? TypedResults.NoContent()
            : throw new WorkflowConflictException($"Alert {alertId} was acknowledged already.");
    }

    /// <summary>The audiences a grant may see; a role that sees every segment sees every segment's alerts.</summary>
    internal static IReadOnlyList<string> Audiences(AccessGrant grant, GroupMapping groups)
    {
        var audiences = new List<string>();
        if (grant.Roles.Contains(Roles.PlatformEngineer) || grant.Roles.Contains(Roles.Admin))
        {
            audiences.Add(AlertAudiences.PlatformEngineering);
        }

        if (grant.Roles.Contains(Roles.Supervisor) || grant.Roles.Contains(Roles.Admin))
        {
            audiences.Add(AlertAudiences.Supervisors);
        }

        audiences.AddRange((grant.SeesAllSegments ? groups.Segments : grant.Segments).Select(s => $"segment:{s}"));
        return audiences;
    }
}

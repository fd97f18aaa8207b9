using System.Security.Claims;
using System.Text.Json.Nodes;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Features.Audit;
using OnboardingBpm.Server.Features.Instances;
using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Tasks;

/// <summary>Claim, release, reassign and complete, each only on a task the caller may see.</summary>
public static class TaskActions
{
    public sealed record ReassignRequest(string? Assignee);

    public sealed record CompleteRequest(string? Outcome, JsonObject? Data);

    public sealed record Completed(HumanTask Task, InstanceView Instance);

    public static async Task<Ok<HumanTask>> GetAsync(string taskId, ClaimsPrincipal user, WorkflowStores stores, CancellationToken cancellationToken) =>
        TypedResults.Ok(await TaskAccess.FindVisibleAsync(taskId, user, stores, cancellationToken));

    public static async Task<Ok<HumanTask>> ClaimAsync(string taskId, ClaimsPrincipal user, WorkflowStores stores, HumanTaskService tasks, CancellationToken cancellationToken)
    {
        await TaskAccess.FindVisibleAsync(taskId, user, stores, cancellationToken);
        return TypedResults.Ok(await tasks.ClaimAsync(taskId, user.Identity!.Name!, cancellationToken));
    }

    public static async Task<Ok<HumanTask>> ReleaseAsync(string taskId, ClaimsPrincipal user, WorkflowStores stores, HumanTaskService tasks, CancellationToken cancellationToken)
    {
        await TaskAccess.FindVisibleAsync(taskId, user, stores, cancellationToken);
        return TypedResults.Ok(await tasks.ReleaseAsync(taskId, user.Identity!.Name!, TaskAccess.MayOverride(user.Grant()), cancellationToken));
    }

    /// <summary>Supervisors hand a task to someone; agents cannot move work to others.</summary>
    public static async Task<IResult> ReassignAsync(string taskId, ReassignRequest? body, ClaimsPrincipal user, WorkflowStores stores, HumanTaskService tasks, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var visible = await TaskAccess.FindVisibleAsync(taskId, user, stores, cancellationToken);
        if (!TaskAccess.MayOverride(user.Grant()))
        {
            return TypedResults.Problem(title: "Forbidden", detail: "Only supervisors reassign tasks.", statusCode: StatusCodes.Status403Forbidden);
        }

        // Users sign in with their Okta login, an email address: a task handed to anything else is stuck.
        if (body?.Assignee is { } assignee && !string.IsNullOrWhiteSpace(assignee) && !assignee.Contains('@', StringComparison.Ordinal))
        {
            return ApiErrors.Validation("Say who gets the task.", [new ValidationProblem("$.assignee", "must be a user's login, an email address")]);
        }

        var reassigned = await tasks.ReassignAsync(taskId, body?.Assignee ?? "", cancellationToken);
        await audit.RecordAsync(user, time, AuditAction.Update, AuditResources.Task, taskId, visible.Segment, cancellationToken, $"reassigned to {reassigned.Assignee}");
        return TypedResults.Ok(reassigned);
    }

    /// <summary>The completion is audited (form data may carry customer facts); the entry names the outcome only.</summary>
    public static async Task<Ok<Completed>> CompleteAsync(string taskId, CompleteRequest? body, ClaimsPrincipal user, WorkflowStores stores, HumanTaskService tasks, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var visible = await TaskAccess.FindVisibleAsync(taskId, user, stores, cancellationToken);
        var run = await tasks.CompleteAsync(taskId, user.Identity!.Name!, body?.Outcome ?? "", body?.Data, TaskAccess.MayOverride(user.Grant()), cancellationToken);
        await audit.RecordAsync(user, time, AuditAction.Update, AuditResources.Task, taskId, visible.Segment, cancellationToken, $"completed: {body?.Outcome}");
        var task = await stores.Tasks.FindAsync(taskId, cancellationToken);
        return TypedResults.Ok(new Completed(task!, InstanceView.From(run.Instance)));
    }
}

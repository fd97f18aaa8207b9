using System.Security.Claims;
using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Server.Features.Tasks;

/// <summary>
/// Which tasks a caller may see and act on: supervisors and admins every task; others those offered to one of their
/// roles (or to no role), in one of their segments unless their role sees every segment. The same rule filters the inbox query and guards each action.
/// A task outside it is answered as missing, so its existence does not leak.
/// </summary>
internal static class TaskAccess
{
    public static TaskFilter Scope(AccessGrant grant, TaskFilter filter) => SeesEveryTask(grant)
        ? filter
        : filter with
        {
            CandidateRoles = grant.Roles,
            Segments = filter.Segments ?? (grant.SeesAllSegments ? null : grant.Segments),
        };

    public static bool MaySee(AccessGrant grant, HumanTask task) =>
        SeesEveryTask(grant)
        || ((task.CandidateRole is null || grant.Roles.Contains(task.CandidateRole)) && (grant.SeesAllSegments || grant.CanSee(task.Segment)));

    /// <summary>Supervisors oversee every segment's work, whoever it is offered to.</summary>
    private static bool SeesEveryTask(AccessGrant grant) => grant.Roles.Contains(Roles.Supervisor) || grant.Roles.Contains(Roles.Admin);

    /// <summary>Supervisors and admins may release or complete a task someone else claimed, and reassign.</summary>
    public static bool MayOverride(AccessGrant grant) => grant.Roles.Contains(Roles.Supervisor) || grant.Roles.Contains(Roles.Admin);

    public static async Task<HumanTask> FindVisibleAsync(string taskId, ClaimsPrincipal user, WorkflowStores stores, CancellationToken cancellationToken)
    {
        var task = await stores.Tasks.FindAsync(taskId, cancellationToken);
        return task is not null && MaySee(user.Grant(), task) ? task : throw new WorkflowNotFoundException($"Task {taskId} does not exist.");
    }
}

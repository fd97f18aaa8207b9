using System.Security.Claims;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Server.Features.Tasks;

/// <summary>
/// The caller's inbox, sorted by due time: <c>scope=available</c> (default) lists the active tasks of their roles
/// and segments, <c>scope=unclaimed</c> the ones among them nobody claimed, <c>scope=mine</c> those they claimed.
/// Paged with <c>skip</c>/<c>take</c> (at most <see cref="Paging.MaxTake"/>); <c>total</c> counts the whole list, so a
/// client knows how many pages follow.
/// </summary>
public static class ListTasks
{
    public static async Task<IResult> HandleAsync(ClaimsPrincipal user, WorkflowStores stores, string? scope, string? segment, int? skip, int? take, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        Paging.Check(skip, take, problems);
        if (scope is not (null or "available" or "unclaimed" or "mine"))
        {
            problems.Add(new("scope", "must be available, unclaimed or mine"));
        }

        var grant = user.Grant();
        if (segment is not null && !grant.CanSee(segment))
        {
            problems.Add(new("segment", "must be one of your segments"));
        }

        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The filter is not valid.", problems);
        }

        var filter = TaskAccess.Scope(grant, new TaskFilter
        {
            Segments = segment is null ? null : [segment],
            Assignee = scope == "mine" ? user.Identity!.Name : null,
            Status = scope == "unclaimed" ? HumanTaskStatus.Open : null,
            Skip = skip ?? 0,
            Take = take ?? 50,
        });
        return TypedResults.Ok(await stores.Tasks.ListAsync(filter, cancellationToken));
    }
}

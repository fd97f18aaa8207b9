using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Server.Features.Integrations;
using OnboardingBpm.Server.Features.Kpis;
using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.HumanTasks;

namespace OnboardingBpm.Server.RealTime;

/// <summary>
/// The hub groups: who joins which, and where a task or an alert is sent. They mirror the inbox and alert
/// rules, so a push never reaches someone the API would refuse.
/// </summary>
internal static class NotificationGroups
{
    private const string Any = "*";
    private const string AllTasks = "tasks:all";

    public static IEnumerable<string> For(AccessGrant grant, GroupMapping groups)
    {
        // Each task notice must reach a connection through one group only: a send to several groups is not
        // de-duplicated per connection (the Redis backplane publishes once per group). Supervisors and admins see
        // every task, so tasks:all is their only task group.
        if (grant.Roles.Contains(Roles.Supervisor) || grant.Roles.Contains(Roles.Admin))
        {
            yield return AllTasks;
        }
        else
        {
            foreach (var role in grant.Roles.Append(Any))
            {
                if (grant.SeesAllSegments)
                {
                    yield return Tasks(role, Any);
                }
                else
                {
                    foreach (var segment in grant.Segments)
                    {
                        yield return Tasks(role, segment);
                    }
                }
            }
        }

        foreach (var audience in ListAlerts.Audiences(grant, groups))
        {
            yield return Alerts(audience);
        }

        if (Policies.KpiReaderRoles.Any(grant.Roles.Contains))
        {
            foreach (var segment in KpiFilters.Visible(grant))
            {
                yield return Kpis(segment);
            }
        }
    }

    /// <summary>A task goes to supervisors, to its role in its segment, and to its role across all segments.</summary>
    public static IReadOnlyList<string> For(HumanTask task)
    {
        var role = task.CandidateRole ?? Any;
        var targets = new List<string> { AllTasks, Tasks(role, Any) };
        if (task.Segment is not null)
        {
            targets.Add(Tasks(role, task.Segment));
        }

        return targets;
    }

    public static string Alerts(string audience) => $"alerts:{audience}";

    /// <summary>The KPI figures of a segment (or "all") go to those GET /api/kpis/current shows them to.</summary>
    public static string Kpis(string segment) => $"kpis:{segment}";

    private static string Tasks(string role, string segment) => $"tasks:{role}:{segment}";
}

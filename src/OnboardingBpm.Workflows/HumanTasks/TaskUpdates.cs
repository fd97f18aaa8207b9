using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.HumanTasks;

/// <summary>Applies a workflow's change to a task row; every store uses this so they agree.</summary>
public static class TaskUpdates
{
    public static HumanTask Apply(HumanTask task, TaskUpdate update, DateTimeOffset at)
    {
        if (!task.IsActive)
        {
            return task; // a task that already ended is not reopened or cancelled twice
        }

        var changed = task with { UpdatedAt = at, Revision = task.Revision + 1, EscalatedAt = update.EscalatedAt ?? task.EscalatedAt };
        return update.Status switch
        {
            HumanTaskStatus.Completed => changed with { Status = HumanTaskStatus.Completed, Outcome = update.Outcome, Data = update.Data?.DeepClone().AsObject(), CompletedBy = update.CompletedBy, CompletedAt = at },
            { } status => changed with { Status = status },
            null => changed,
        };
    }
}

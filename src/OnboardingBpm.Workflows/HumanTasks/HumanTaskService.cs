using System.Text.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Activities.HumanTasks;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Validation;

namespace OnboardingBpm.Workflows.HumanTasks;

/// <summary>
/// Claim, release, reassign and complete. Who may do what for which segment is the host's decision (it
/// knows the user's roles); this service enforces the task's own rules: it must be active, a claimed task
/// belongs to its assignee, and a completion must carry one of its outcomes and a valid form.
/// </summary>
public sealed class HumanTaskService(WorkflowStores stores, WorkflowRuntime runtime, TimeProvider time)
{
    public const int MaxUserNameLength = 254;

    public async Task<HumanTask> ClaimAsync(string taskId, string user, CancellationToken cancellationToken = default)
    {
        var task = await FindActiveAsync(taskId, cancellationToken);
        if (task.Status == HumanTaskStatus.Claimed && task.Assignee != user)
        {
            throw new WorkflowConflictException($"Task {taskId} is already claimed by {task.Assignee}.");
        }

        return await UpdateAsync(task, task with { Status = HumanTaskStatus.Claimed, Assignee = user, ClaimedAt = time.GetUtcNow() }, cancellationToken);
    }

    /// <summary>Gives a claimed task back to the pool. <paramref name="mayOverride"/> lets a supervisor release someone else's.</summary>
    public async Task<HumanTask> ReleaseAsync(string taskId, string user, bool mayOverride = false, CancellationToken cancellationToken = default)
    {
        var task = await FindActiveAsync(taskId, cancellationToken);
        if (task.Status != HumanTaskStatus.Claimed)
        {
            throw new WorkflowConflictException($"Task {taskId} is not claimed.");
        }

        if (task.Assignee != user && !mayOverride)
        {
            throw new WorkflowConflictException($"Task {taskId} is claimed by {task.Assignee}, not by {user}.");
        }

        return await UpdateAsync(task, task with { Status = HumanTaskStatus.Open, Assignee = null, ClaimedAt = null }, cancellationToken);
    }

    public async Task<HumanTask> ReassignAsync(string taskId, string assignee, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(assignee))
        {
            throw new WorkflowValidationException("Say who gets the task.", [new("$.assignee", "is required")]);
        }

        if (!IsUserName(assignee))
        {
            throw new WorkflowValidationException("Say who gets the task.", [new("$.assignee", $"must be a user name: at most {MaxUserNameLength} characters, no spaces, control or invisible characters")]);
        }

        var task = await FindActiveAsync(taskId, cancellationToken);
        return await UpdateAsync(task, task with { Status = HumanTaskStatus.Claimed, Assignee = assignee, ClaimedAt = time.GetUtcNow() }, cancellationToken);
    }

    /// <summary>Validates the outcome and form data, then resumes the workflow; the task is completed in the same commit.</summary>
    public async Task<WorkflowRunResult> CompleteAsync(string taskId, string user, string outcome, JsonObject? data, bool mayOverride = false, CancellationToken cancellationToken = default)
    {
        var task = await FindActiveAsync(taskId, cancellationToken);
        if (task.Status == HumanTaskStatus.Claimed && task.Assignee != user && !mayOverride)
        {
            throw new WorkflowConflictException($"Task {taskId} is claimed by {task.Assignee}.");
        }

        var problems = new List<ValidationProblem>();
        if (!task.Outcomes.Contains(outcome))
        {
            problems.Add(new("$.outcome", $"must be one of {string.Join(", ", task.Outcomes)}"));
        }

        problems.AddRange(FormValidator.Validate(task.Fields, data).Select(p => new ValidationProblem($"$.data.{p.Path}", p.Message)));
        if (problems.Count > 0)
        {
            throw new WorkflowValidationException($"The completion of task {taskId} is not valid.", problems);
        }

        var payload = JsonSerializer.SerializeToNode(new TaskCompletion(outcome, data, user), WorkflowJson.Options);
        var result = await runtime.ResumeBookmarkAsync(task.BookmarkId, payload, cancellationToken);
        return result.Run ?? throw new WorkflowConflictException($"Task {taskId} is no longer active.");
    }

    /// <summary>A task handed to a name nobody can sign in with is stuck: no one can complete it.</summary>
    private static bool IsUserName(string assignee) =>
        assignee.Length <= MaxUserNameLength
        && !assignee.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);

    private async Task<HumanTask> FindActiveAsync(string taskId, CancellationToken cancellationToken)
    {
        var task = await stores.Tasks.FindAsync(taskId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Task {taskId} does not exist.");
        return task.IsActive ? task : throw new WorkflowConflictException($"Task {taskId} is {task.Status}.");
    }

    private async Task<HumanTask> UpdateAsync(HumanTask current, HumanTask changed, CancellationToken cancellationToken)
    {
        var updated = changed with { UpdatedAt = time.GetUtcNow(), Revision = current.Revision + 1 };
        try
        {
            await stores.Tasks.UpdateAsync(updated, current.Revision, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            throw new WorkflowConflictException($"Task {current.Id} changed meanwhile; reload it and try again.");
        }

        return updated;
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;

namespace OnboardingBpm.Workflows.Activities.HumanTasks;

/// <summary>
/// A task for a person: it appears in the inbox of users with the candidate role in the segment, is
/// claimed, released, reassigned and completed there, and each of its outcomes is a port. When it is not
/// completed in time, the Escalated port is taken: ending the task (interrupting) or alongside it.
/// </summary>
[Activity("UserTask", "Human tasks", "User task", Description = "Waits for a person to complete a task with a form and an outcome.", Kind = ActivityKind.Blocking, Outcomes = ["Escalated"])]
public sealed class UserTask : Activity
{
    [Input(Description = "The task title (a template).", Required = true, DefaultSyntax = ExpressionType.Template)]
    public Input<string> Title { get; set; } = default!;

    [Input(Description = "What the person should do (a template).", UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionType.Template)]
    public Input<string?> Description { get; set; } = default!;

    [Input(Description = "The role whose members may take the task.", DefaultJson = "\"Agent\"")]
    public Input<string?> CandidateRole { get; set; } = default!;

    [Input(Description = "The customer segment; only users of that segment see the task.")]
    public Input<string?> Segment { get; set; } = default!;

    [Input(Description = "A user to assign the task to directly.")]
    public Input<string?> Assignee { get; set; } = default!;

    [Input(Description = "The form the person fills in.", UIHint = UIHints.FormFields, DefaultJson = "[]", LiteralOnly = true)]
    public Input<IReadOnlyList<FormField>> FormFields { get; set; } = default!;

    [Input(Description = "The buttons the person chooses from; each is an outcome port.", UIHint = UIHints.List, DefaultJson = "[\"Complete\"]", LiteralOnly = true)]
    [DefinesOutcomes]
    public Input<IReadOnlyList<string>> Outcomes { get; set; } = default!;

    [Input(Description = "When the task is due, from its creation (shown in the inbox, overdue marked).", UIHint = UIHints.Duration)]
    public Input<TimeSpan?> DueIn { get; set; } = default!;

    [Input(Description = "Take the Escalated port when the task is still open after this long.", UIHint = UIHints.Duration)]
    public Input<TimeSpan?> EscalateAfter { get; set; } = default!;

    [Input(Description = "Whether escalation ends the task (true) or leaves it open (false).", DefaultJson = "true")]
    public Input<bool> EscalationInterrupts { get; set; } = default!;

    [Output(Description = "The outcome the person chose.")]
    public Output<string?> Outcome { get; set; } = default!;

    [Output(Description = "The submitted form data.")]
    public Output<JsonObject?> Data { get; set; } = default!;

    [Output(Description = "Who completed the task.")]
    public Output<string?> CompletedBy { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var taskId = context.NewId();
        var bookmark = context.CreateBookmark(BookmarkTypes.UserTask, taskId, new JsonObject { ["taskId"] = taskId });
        var dueIn = context.Get(DueIn);
        var assignee = context.Get(Assignee);
        context.AddTask(new HumanTask
        {
            Id = taskId,
            InstanceId = context.Instance.Id,
            DefinitionId = context.Instance.DefinitionId,
            ActivityId = Id,
            ExecutionId = context.ExecutionId,
            BookmarkId = bookmark.Id,
            Title = context.Get(Title),
            Description = context.Get(Description),
            CandidateRole = context.Get(CandidateRole),
            Segment = context.Get(Segment),
            Assignee = assignee,
            Status = string.IsNullOrEmpty(assignee) ? HumanTaskStatus.Open : HumanTaskStatus.Claimed,
            ClaimedAt = string.IsNullOrEmpty(assignee) ? null : context.Now,
            Fields = context.Get(FormFields),
            Outcomes = context.Get(Outcomes),
            DueAt = dueIn is null ? null : context.Now + dueIn.Value,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        });

        if (context.Get(EscalateAfter) is { } escalateAfter)
        {
            context.CreateBookmark(BookmarkTypes.UserTaskEscalation, taskId, new JsonObject { ["taskId"] = taskId }, context.Now + escalateAfter);
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var bookmark = context.ResumedBookmark!;
        var taskId = bookmark.CorrelationKey!;
        if (bookmark.Type == BookmarkTypes.UserTaskEscalation)
        {
            if (context.Get(EscalationInterrupts))
            {
                context.UpdateTask(new TaskUpdate(taskId, HumanTaskStatus.Expired) { EscalatedAt = context.Now });
                context.Complete("Escalated");
            }
            else
            {
                context.UpdateTask(new TaskUpdate(taskId, null) { EscalatedAt = context.Now });
                context.Emit("Escalated");
            }

            return ValueTask.CompletedTask;
        }

        var completion = context.Payload?.Deserialize<TaskCompletion>(WorkflowJson.Options);
        var outcomes = context.Get(Outcomes);
        var outcome = completion?.Outcome is { } chosen && outcomes.Contains(chosen) ? chosen : outcomes.FirstOrDefault() ?? "Complete";
        context.Set(Outcome, outcome);
        context.Set(Data, completion?.Data);
        context.Set(CompletedBy, completion?.CompletedBy);
        context.UpdateTask(new TaskUpdate(taskId, HumanTaskStatus.Completed) { Outcome = outcome, Data = completion?.Data, CompletedBy = completion?.CompletedBy });
        context.Complete(outcome);
        return ValueTask.CompletedTask;
    }

    public override IReadOnlyList<string> GetOutcomes(ActivityDescriptor descriptor) =>
        [.. LiteralOutcomes(), "Escalated"];

    public override IEnumerable<ActivityProblem> Validate()
    {
        var outcomes = LiteralOutcomes();
        if (outcomes.Count == 0)
        {
            yield return new ActivityProblem("outcomes", "a user task needs at least one outcome");
        }

        foreach (var duplicate in outcomes.GroupBy(o => o).Where(g => g.Count() > 1 || g.Key == "Escalated"))
        {
            yield return new ActivityProblem("outcomes", $"outcome '{duplicate.Key}' is duplicated or reserved");
        }

        if (FormFields.Literal() is { } list)
        {
            foreach (var problem in FormValidator.CheckDefinition(list))
            {
                yield return new ActivityProblem("formFields" + problem.Path, problem.Message);
            }
        }
    }

    private IReadOnlyList<string> LiteralOutcomes() => Outcomes.Literal() ?? [];
}

/// <summary>The payload that resumes a user task: the chosen outcome, the form data and who completed it.</summary>
public sealed record TaskCompletion(string? Outcome, JsonObject? Data, string? CompletedBy);


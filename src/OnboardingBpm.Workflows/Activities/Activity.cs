using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Validation;

namespace OnboardingBpm.Workflows.Activities;

/// <summary>
/// The base of every activity. An instance is bound to one node of one definition version and shared by
/// every workflow instance running that version, so it must keep no per-run state in fields: all state
/// goes through the <see cref="ActivityExecutionContext"/>.
/// </summary>
public abstract class Activity
{
    /// <summary>The node this activity was bound to when its definition version was compiled.</summary>
    public ActivityNode Node { get; internal set; } = null!;

    public string Id => Node.Id;

    /// <summary>Runs the activity. It either completes (with outcomes) or creates bookmarks and waits.</summary>
    public abstract ValueTask ExecuteAsync(ActivityExecutionContext context);

    /// <summary>Continues after one of this activity's bookmarks was resumed. Completes with Done by default.</summary>
    public virtual ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The outcome ports of this node. Activities whose ports depend on a literal input (Switch cases,
    /// UserTask outcomes, Fork branches) override this.
    /// </summary>
    public virtual IReadOnlyList<string> GetOutcomes(ActivityDescriptor descriptor) => descriptor.Outcomes;

    /// <summary>Checks beyond the per-input ones the validator already makes (type, required, syntax).</summary>
    public virtual IEnumerable<ActivityProblem> Validate() => [];
}

/// <summary>A problem an activity reports about its own node; <see cref="Input"/> names the input at fault, if any.</summary>
public sealed record ActivityProblem(string? Input, string Message, ProblemSeverity Severity = ProblemSeverity.Error);

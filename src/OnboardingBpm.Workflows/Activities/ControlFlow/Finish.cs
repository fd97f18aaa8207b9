using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.ControlFlow;

[Activity("Finish", "Control flow", "Finish", Description = "Ends the workflow at once; other branches still waiting are withdrawn.", Outcomes = [])]
public sealed class Finish : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.CompleteSilently();
        context.FinishWorkflow();
        return ValueTask.CompletedTask;
    }
}

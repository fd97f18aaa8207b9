namespace OnboardingBpm.Workflows.Activities.ControlFlow;

[Activity("Start", "Control flow", "Start", Description = "Where a workflow started directly (API, RunWorkflow) begins.", CanStartWorkflow = true)]
public sealed class Start : Activity
{
    public override ValueTask ExecuteAsync(Execution.ActivityExecutionContext context)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}

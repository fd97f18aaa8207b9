using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.ControlFlow;

[Activity("Decision", "Control flow", "Decision", Description = "Takes True or False depending on a condition (exclusive choice).", Outcomes = ["True", "False"])]
public sealed class Decision : Activity
{
    [Input(Description = "The condition, usually a JavaScript expression.", Required = true, UIHint = UIHints.Code, DefaultSyntax = ExpressionType.JavaScript)]
    public Input<bool> Condition { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete(context.Get(Condition) ? "True" : "False");
        return ValueTask.CompletedTask;
    }
}

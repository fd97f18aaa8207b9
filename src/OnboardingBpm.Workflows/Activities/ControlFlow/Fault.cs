using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.ControlFlow;

[Activity("Fault", "Control flow", "Fault", Description = "Fails on purpose with a message: the instance gets an incident.", Outcomes = [])]
public sealed class Fault : Activity
{
    [Input(Description = "Why the workflow cannot go on.", Required = true, DefaultSyntax = ExpressionType.Template)]
    public Input<string> Message { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        throw new ActivityFaultException(context.Get(Message));
}

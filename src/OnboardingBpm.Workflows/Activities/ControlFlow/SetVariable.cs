using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.ControlFlow;

[Activity("SetVariable", "Control flow", "Set variable", Description = "Assigns a value to a workflow variable.")]
public sealed class SetVariable : Activity
{
    [Input(Description = "The variable to set.", Required = true, UIHint = UIHints.Variable, LiteralOnly = true)]
    public Input<string> Variable { get; set; } = default!;

    [Input(Description = "The value: a literal or an expression.", UIHint = UIHints.Json)]
    public Input<JsonNode> Value { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.SetVariable(context.Get(Variable), context.Evaluate(Value.Value));
        context.Complete();
        return ValueTask.CompletedTask;
    }
}

using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.ControlFlow;

[Activity("Script", "Control flow", "Script", Description = "Runs a JavaScript block; it may change variables, and the last statement's value is the result.")]
public sealed class Script : Activity
{
    [Input(Description = "JavaScript (ES2023). Sees variables, input, instance, payload, now() and date helpers.", Required = true, UIHint = UIHints.Code, LiteralOnly = true)]
    public Input<string> Code { get; set; } = default!;

    [Output(Description = "The value of the last statement.")]
    public Output<JsonNode?> Result { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var result = context.Evaluate(InputValue.JavaScript(context.Get(Code)));
        context.Set(Result, result);
        context.Complete();
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<ActivityProblem> Validate()
    {
        if (Code.Literal() is { } code && new Expressions.JavaScriptEngine().CheckSyntax(code) is { } error)
        {
            yield return new ActivityProblem("code", error.Message + error.Position);
        }
    }
}

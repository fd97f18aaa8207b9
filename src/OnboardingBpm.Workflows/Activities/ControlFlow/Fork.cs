using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.ControlFlow;

[Activity("Fork", "Control flow", "Fork", Description = "Splits the token: every branch runs in parallel (parallel split).", Outcomes = [])]
public sealed class Fork : Activity
{
    [Input(Description = "The names of the branches; each is an outcome port.", UIHint = UIHints.List, DefaultJson = "[\"Branch 1\",\"Branch 2\"]", LiteralOnly = true)]
    [DefinesOutcomes]
    public Input<IReadOnlyList<string>> Branches { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete([.. context.Get(Branches)]);
        return ValueTask.CompletedTask;
    }

    public override IReadOnlyList<string> GetOutcomes(ActivityDescriptor descriptor) => Branches.Literal() ?? [];
}

using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.ControlFlow;

/// <summary>A labelled branch of a Switch; <see cref="Condition"/> is JavaScript.</summary>
public sealed record SwitchCase(string Label, string Condition);

public enum SwitchMode
{
    MatchFirst,
    MatchAny,
}

[Activity("Switch", "Control flow", "Switch", Description = "Takes the case whose condition holds (the first, or every one), else Default.", Outcomes = ["Default"])]
public sealed class Switch : Activity
{
    [Input(Description = "Cases in order: a label (the outcome port) and a JavaScript condition.", Required = true, UIHint = UIHints.Cases, LiteralOnly = true)]
    [DefinesOutcomes]
    public Input<IReadOnlyList<SwitchCase>> Cases { get; set; } = default!;

    [Input(Description = "MatchFirst takes one case; MatchAny takes every matching case in parallel.", DefaultJson = "\"MatchFirst\"")]
    public Input<SwitchMode> Mode { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var mode = context.Get(Mode);
        var matched = new List<string>();
        foreach (var @case in context.Get(Cases))
        {
            var result = context.Evaluate(InputValue.JavaScript(@case.Condition));
            if (result is JsonValue value && value.TryGetValue<bool>(out var truth) && truth)
            {
                matched.Add(@case.Label);
                if (mode == SwitchMode.MatchFirst)
                {
                    break;
                }
            }
        }

        context.Complete(matched.Count == 0 ? ["Default"] : [.. matched]);
        return ValueTask.CompletedTask;
    }

    public override IReadOnlyList<string> GetOutcomes(ActivityDescriptor descriptor) =>
        [.. LiteralCases().Select(c => c.Label), "Default"];

    public override IEnumerable<ActivityProblem> Validate()
    {
        var cases = LiteralCases();
        foreach (var duplicate in cases.GroupBy(c => c.Label).Where(g => g.Count() > 1))
        {
            yield return new ActivityProblem("cases", $"case label '{duplicate.Key}' is used more than once");
        }

        var engine = new Expressions.JavaScriptEngine();
        for (var i = 0; i < cases.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(cases[i].Label))
            {
                yield return new ActivityProblem($"cases[{i}].label", "a case needs a label: it names its outcome port");
            }

            if (cases[i].Condition is null)
            {
                yield return new ActivityProblem($"cases[{i}].condition", "a case needs a condition");
            }
            else if (engine.CheckSyntax(cases[i].Condition) is { } error)
            {
                yield return new ActivityProblem($"cases[{i}].condition", error.Message + error.Position);
            }
        }
    }

    private IReadOnlyList<SwitchCase> LiteralCases() => Cases.Literal() ?? [];
}

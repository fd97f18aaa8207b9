using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.ControlFlow;

public enum JoinMode
{
    WaitAll,
    WaitAny,
}

/// <summary>
/// Merges parallel branches. WaitAll fires once a token has arrived on every inbound connection; a second
/// token on a connection before that is kept for the next round, so a join inside a loop fires once per
/// iteration. WaitAny fires on the first token and withdraws every other token and bookmark that could
/// still reach it (deferred choice, cancel activity). Both are documented in docs/workflow-format.md.
/// </summary>
[Activity("Join", "Control flow", "Join", Description = "Waits for all inbound branches, or for the first one (withdrawing the others).")]
public sealed class Join : Activity
{
    [Input(Description = "WaitAll (synchronisation) or WaitAny (first wins, others withdrawn).", DefaultJson = "\"WaitAll\"", LiteralOnly = true)]
    public Input<JoinMode> Mode { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.Get(Mode) == JoinMode.WaitAny)
        {
            context.CancelOtherTokensReachingThis();
            context.Complete();
            return ValueTask.CompletedTask;
        }

        var inbound = context.Graph.Inbound(Id).Select(Key).Distinct().ToList();
        var arrivals = context.GetNodeState<List<string>>() ?? [];
        arrivals.Add(context.ArrivedVia is null ? "" : Key(context.ArrivedVia));
        if (inbound.All(arrivals.Contains))
        {
            foreach (var key in inbound)
            {
                arrivals.Remove(key);
            }

            context.SetNodeState(arrivals.Count == 0 ? null : arrivals);
            context.Complete();
        }
        else
        {
            context.SetNodeState(arrivals);
            context.CompleteSilently();
        }

        return ValueTask.CompletedTask;
    }

    private static string Key(Definitions.Connection connection) => connection.Source.Activity + ":" + connection.Source.PortOrDefault;
}

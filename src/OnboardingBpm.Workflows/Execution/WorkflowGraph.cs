using System.Collections.Concurrent;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Definitions;

namespace OnboardingBpm.Workflows.Execution;

/// <summary>An activity node bound to its class and descriptor.</summary>
public sealed record CompiledActivity(ActivityNode Node, ActivityDescriptor Descriptor, Activity Activity);

/// <summary>
/// A definition version made ready to run: activity objects bound to their inputs, connections indexed by
/// source port and by target. Built once per version and shared by all its instances.
/// </summary>
public sealed class WorkflowGraph
{
    private readonly Dictionary<(string Activity, string Port), List<Connection>> outgoing = [];
    private readonly Dictionary<string, List<Connection>> inbound = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> ancestors = new(StringComparer.Ordinal);

    private WorkflowGraph(WorkflowDefinition definition, IReadOnlyDictionary<string, CompiledActivity> activities)
    {
        Definition = definition;
        Activities = activities;
        foreach (var connection in definition.Root.Connections)
        {
            var key = (connection.Source.Activity, connection.Source.PortOrDefault);
            if (!outgoing.TryGetValue(key, out var list))
            {
                outgoing[key] = list = [];
            }

            list.Add(connection);
            if (!inbound.TryGetValue(connection.Target.Activity, out var targets))
            {
                inbound[connection.Target.Activity] = targets = [];
            }

            targets.Add(connection);
        }

        StartActivityIds = FindStarts();
    }

    public WorkflowDefinition Definition { get; }

    public IReadOnlyDictionary<string, CompiledActivity> Activities { get; }

    /// <summary>Where a direct start begins: Start nodes; without one, start-capable nodes with no inbound connection.</summary>
    public IReadOnlyList<string> StartActivityIds { get; }

    public IReadOnlyList<Connection> Outgoing(string activityId, string port) =>
        outgoing.TryGetValue((activityId, port), out var list) ? list : [];

    public IReadOnlyList<Connection> Inbound(string activityId) =>
        inbound.TryGetValue(activityId, out var list) ? list : [];

    public bool HasInbound(string activityId) => inbound.ContainsKey(activityId);

    /// <summary>Every activity from which a token can reach <paramref name="activityId"/> (itself excluded unless on a loop).</summary>
    public IReadOnlySet<string> AncestorsOf(string activityId) => ancestors.GetOrAdd(activityId, id =>
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([id]);
        while (stack.Count > 0)
        {
            foreach (var connection in Inbound(stack.Pop()))
            {
                if (seen.Add(connection.Source.Activity))
                {
                    stack.Push(connection.Source.Activity);
                }
            }
        }

        return seen;
    });

    /// <summary>Binds a validated definition to the registry's activity classes.</summary>
    public static WorkflowGraph Compile(WorkflowDefinition definition, ActivityRegistry registry)
    {
        var activities = new Dictionary<string, CompiledActivity>(StringComparer.Ordinal);
        foreach (var node in definition.Root.Activities)
        {
            var descriptor = registry.Find(node.Type)
                ?? throw new InvalidOperationException($"Activity type '{node.Type}' of '{node.Id}' is not registered.");
            activities[node.Id] = new CompiledActivity(node, descriptor, ActivityBinder.Bind(node, descriptor));
        }

        return new WorkflowGraph(definition, activities);
    }

    private List<string> FindStarts()
    {
        var explicitStarts = Activities.Values
            .Where(a => a.Descriptor.Type == "Start" && !HasInbound(a.Node.Id))
            .Select(a => a.Node.Id)
            .ToList();
        return explicitStarts.Count > 0
            ? explicitStarts
            : Activities.Values.Where(a => a.Descriptor.CanStartWorkflow && !HasInbound(a.Node.Id)).Select(a => a.Node.Id).ToList();
    }
}

using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Definitions;

namespace OnboardingBpm.Workflows.Validation;

/// <summary>The graph checks: connections, start activities, reachability and loops that never wait.</summary>
public sealed partial class WorkflowValidator
{
    private void CheckGraph(WorkflowDefinition definition, Dictionary<string, Activity> activities, List<ValidationProblem> problems)
    {
        var successors = activities.Keys.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        var hasInbound = new HashSet<string>(StringComparer.Ordinal);
        var connections = definition.Root.Connections;
        for (var j = 0; j < connections.Count; j++)
        {
            var connection = connections[j];
            var path = $"$.root.connections[{j}]";
            if (connection.Source.Activity.Length == 0)
            {
                continue; // reported by the reader
            }

            var sourceKnown = activities.TryGetValue(connection.Source.Activity, out var source);
            if (!sourceKnown && !IsDeclared(definition, connection.Source.Activity))
            {
                problems.Add(new($"{path}.source.activity", $"no activity '{connection.Source.Activity}'"));
            }

            if (!activities.ContainsKey(connection.Target.Activity) && !IsDeclared(definition, connection.Target.Activity))
            {
                problems.Add(new($"{path}.target.activity", $"no activity '{connection.Target.Activity}'"));
            }

            if (source is not null)
            {
                var ports = source.GetOutcomes(registry.Find(source.Node.Type)!);
                if (!ports.Contains(connection.Source.PortOrDefault))
                {
                    var choices = ports.Count == 0 ? "it has no outcome ports" : $"its ports are {string.Join(", ", ports)}";
                    problems.Add(new($"{path}.source.port", $"'{connection.Source.Activity}' has no outcome '{connection.Source.PortOrDefault}': {choices}"));
                }
            }

            if (sourceKnown && activities.ContainsKey(connection.Target.Activity))
            {
                successors[connection.Source.Activity].Add(connection.Target.Activity);
                hasInbound.Add(connection.Target.Activity);
            }
        }

        CheckStartsAndReachability(definition, activities, successors, hasInbound, problems);
        CheckLoops(definition, activities, successors, problems);
    }

    private void CheckStartsAndReachability(WorkflowDefinition definition, Dictionary<string, Activity> activities, Dictionary<string, List<string>> successors, HashSet<string> hasInbound, List<ValidationProblem> problems)
    {
        var starts = activities.Values
            .Where(a => !hasInbound.Contains(a.Id) && registry.Find(a.Node.Type)!.CanStartWorkflow)
            .Select(a => a.Id)
            .ToList();
        if (activities.Count > 0 && starts.Count == 0)
        {
            problems.Add(new("$.root.activities", "no start activity: add a Start (or a trigger such as HttpEndpoint, Event or Cron) with no inbound connection"));
            return;
        }

        var reached = new HashSet<string>(starts, StringComparer.Ordinal);
        var stack = new Stack<string>(starts);
        while (stack.Count > 0)
        {
            foreach (var next in successors[stack.Pop()].Where(reached.Add))
            {
                stack.Push(next);
            }
        }

        foreach (var id in activities.Keys.Where(id => !reached.Contains(id)))
        {
            problems.Add(new($"{PathOf(definition, id)}", $"'{id}' cannot be reached from a start activity"));
        }
    }

    /// <summary>Strongly connected components (Tarjan) in which no activity blocks: such a loop never yields.</summary>
    private void CheckLoops(WorkflowDefinition definition, Dictionary<string, Activity> activities, Dictionary<string, List<string>> successors, List<ValidationProblem> problems)
    {
        var index = 0;
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowLinks = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);

        void Connect(string id)
        {
            indexes[id] = lowLinks[id] = index++;
            stack.Push(id);
            onStack.Add(id);
            foreach (var next in successors[id])
            {
                if (!indexes.ContainsKey(next))
                {
                    Connect(next);
                    lowLinks[id] = Math.Min(lowLinks[id], lowLinks[next]);
                }
                else if (onStack.Contains(next))
                {
                    lowLinks[id] = Math.Min(lowLinks[id], indexes[next]);
                }
            }

            if (lowLinks[id] != indexes[id])
            {
                return;
            }

            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != id);

            var isLoop = component.Count > 1 || successors[id].Contains(id);
            if (isLoop && component.All(m => !registry.Find(activities[m].Node.Type)!.IsBlocking))
            {
                component.Reverse();
                problems.Add(ValidationProblem.Warning(PathOf(definition, component[0]), $"the loop {string.Join(" -> ", component)} has no blocking activity: it runs until the step limit stops it"));
            }
        }

        foreach (var id in activities.Keys.Where(id => !indexes.ContainsKey(id)))
        {
            Connect(id);
        }
    }

    private static bool IsDeclared(WorkflowDefinition definition, string id) =>
        definition.Root.Activities.Any(a => a.Id == id);

    private static string PathOf(WorkflowDefinition definition, string id)
    {
        var activities = definition.Root.Activities;
        for (var i = 0; i < activities.Count; i++)
        {
            if (activities[i].Id == id)
            {
                return $"$.root.activities[{i}]";
            }
        }

        return "$.root.activities";
    }
}

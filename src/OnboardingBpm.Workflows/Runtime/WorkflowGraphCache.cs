using System.Collections.Concurrent;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Stores;
using OnboardingBpm.Workflows.Validation;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Workflows.Runtime;

/// <summary>Compiled graphs by definition id and version. Versions are immutable, so an entry never goes stale.</summary>
public sealed class WorkflowGraphCache(IWorkflowDefinitionStore definitions, ActivityRegistry registry)
{
    private const int MaxEntries = 2_000;
    private readonly ConcurrentDictionary<(string, int), WorkflowGraph> graphs = new();

    public async Task<WorkflowGraph> GetAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        if (graphs.TryGetValue((definitionId, version), out var graph))
        {
            return graph;
        }

        var stored = await definitions.FindVersionAsync(definitionId, version, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Workflow '{definitionId}' has no version {version}.");
        return Add(stored);
    }

    public WorkflowGraph Add(DefinitionVersion version)
    {
        var (definition, problems) = DefinitionReader.Read(version.Json);
        if (definition is null)
        {
            throw new InvalidOperationException($"Stored version {version.Version} of '{version.DefinitionId}' does not parse: {problems[0].Message}");
        }

        var graph = WorkflowGraph.Compile(definition, registry);
        if (graphs.Count >= MaxEntries)
        {
            graphs.Clear();
        }

        graphs[(version.DefinitionId, version.Version)] = graph;
        return graph;
    }
}

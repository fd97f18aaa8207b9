using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Server.Features.Definitions;

public static class ListVersions
{
    /// <summary>A version and how many instances still run on it (so a process owner sees what a retract affects).</summary>
    public sealed record VersionInfo(int Version, VersionStatus Status, DateTimeOffset PublishedAt, string? PublishedBy, DateTimeOffset? RetractedAt, int RunningInstances);

    public static async Task<Results<Ok<IReadOnlyList<VersionInfo>>, NotFound<ProblemDetails>>> HandleAsync(string definitionId, WorkflowStores stores, CancellationToken cancellationToken)
    {
        var versions = await stores.Definitions.ListVersionsAsync(definitionId, cancellationToken);
        if (versions.Count == 0)
        {
            return TypedResults.NotFound(new ProblemDetails { Title = "Not found", Detail = $"Workflow '{definitionId}' has no versions.", Status = 404 });
        }

        var infos = new List<VersionInfo>();
        foreach (var version in versions.OrderByDescending(v => v.Version))
        {
            var running = 0;
            foreach (var status in new[] { WorkflowStatus.Running, WorkflowStatus.Suspended, WorkflowStatus.Faulted })
            {
                running += (await stores.Instances.ListAsync(new InstanceFilter { DefinitionId = definitionId, Version = version.Version, Status = status, Take = 0 }, cancellationToken)).Total;
            }

            infos.Add(new VersionInfo(version.Version, version.Status, version.PublishedAt, version.PublishedBy, version.RetractedAt, running));
        }

        return TypedResults.Ok<IReadOnlyList<VersionInfo>>(infos);
    }
}

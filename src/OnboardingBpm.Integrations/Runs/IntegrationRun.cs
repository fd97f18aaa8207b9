using System.Text.Json.Nodes;

namespace OnboardingBpm.Integrations.Runs;

/// <summary>One run of a synchronisation, kept for audit: when, what it checked, what it found and repaired.</summary>
public sealed record IntegrationRun
{
    public required string Id { get; init; }

    /// <summary>What ran, e.g. <c>crm-sync</c>.</summary>
    public required string Kind { get; init; }

    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public required IntegrationRunStatus Status { get; init; }
    public string? InstanceId { get; init; }

    /// <summary>Counts and findings (cases checked, users repaired, inconsistencies), as JSON.</summary>
    public JsonObject? Summary { get; init; }

    public string? Error { get; init; }
}

public enum IntegrationRunStatus
{
    Succeeded,
    Inconsistent,
    Failed,
}

public interface IIntegrationRunLog
{
    /// <summary>Writes a run; writing the same id again replaces it (a replayed sync step records once).</summary>
    Task SaveAsync(IntegrationRun run, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<IntegrationRun>> ListAsync(string? kind = null, int skip = 0, int take = 50, CancellationToken cancellationToken = default);
}

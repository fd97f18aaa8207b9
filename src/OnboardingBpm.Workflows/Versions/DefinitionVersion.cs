namespace OnboardingBpm.Workflows.Versions;

public enum VersionStatus
{
    Published,
    Retracted,
}

/// <summary>
/// A published version: the definition JSON exactly as published (the snapshot instances run on),
/// a hash of its content to recognise re-imports, and whether new starts may still use it.
/// </summary>
public sealed record DefinitionVersion
{
    public required string DefinitionId { get; init; }
    public required int Version { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public required string Json { get; init; }
    public required string ContentHash { get; init; }
    public VersionStatus Status { get; init; } = VersionStatus.Published;
    public DateTimeOffset PublishedAt { get; init; }
    public DateTimeOffset? RetractedAt { get; init; }
    public string? PublishedBy { get; init; }
}

/// <summary>The editable working copy of a definition; it may be invalid until published.</summary>
public sealed record DefinitionDraft
{
    public required string DefinitionId { get; init; }
    public required string Json { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public string? UpdatedBy { get; init; }
}

public sealed record DefinitionSummary(
    string DefinitionId,
    string Name,
    string? Description,
    int? LatestVersion,
    int? PublishedVersion,
    bool HasDraft,
    DateTimeOffset UpdatedAt);

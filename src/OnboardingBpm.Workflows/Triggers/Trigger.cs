namespace OnboardingBpm.Workflows.Triggers;

/// <summary>
/// A way a published version starts: an HTTP route, an event name or a cron schedule. Indexed on publish,
/// removed on retract, found by <see cref="Hash"/> (or by due time for cron).
/// </summary>
public sealed record Trigger
{
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }
    public required int Version { get; init; }
    public required string ActivityId { get; init; }
    public required string Type { get; init; }
    public required string Key { get; init; }
    public required string Hash { get; init; }
    public DateTimeOffset? NextDueAt { get; init; }
}

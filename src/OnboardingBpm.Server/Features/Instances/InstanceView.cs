using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Server.Features.Instances;

/// <summary>What the API shows of an instance: its state without the engine's internal bookkeeping.</summary>
public sealed record InstanceView(
    string Id,
    string DefinitionId,
    int DefinitionVersion,
    WorkflowStatus Status,
    string? CorrelationId,
    JsonObject Input,
    JsonObject Output,
    IReadOnlyDictionary<string, JsonNode?> Variables,
    IReadOnlyList<BookmarkView> Bookmarks,
    IReadOnlyList<string> FaultedActivities,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt)
{
    public static InstanceView From(WorkflowInstance instance) => new(
        instance.Id,
        instance.DefinitionId,
        instance.DefinitionVersion,
        instance.Status,
        instance.CorrelationId,
        instance.Input,
        instance.Output,
        instance.Variables,
        instance.Bookmarks.Select(b => new BookmarkView(b.Id, b.Type, b.ActivityId, b.CorrelationKey, b.DueAt)).ToList(),
        instance.OpenExecutions.Values.Where(e => e.Status == ActivityExecutionStatus.Faulted).Select(e => e.ActivityId).ToList(),
        instance.CreatedAt,
        instance.UpdatedAt,
        instance.FinishedAt);
}

public sealed record BookmarkView(string Id, string Type, string ActivityId, string? CorrelationKey, DateTimeOffset? DueAt);

using System.Text.Json;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Triggers;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Persistence.Stores;

/// <summary>Between the engine's records and the rows; JSON through the engine's own options.</summary>
internal static class RowMapping
{
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, WorkflowJson.Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, WorkflowJson.Options)!;

    public static InstanceRow ToRow(WorkflowInstance i) => new()
    {
        Id = i.Id,
        DefinitionId = i.DefinitionId,
        DefinitionVersion = i.DefinitionVersion,
        Status = i.Status.ToString(),
        CorrelationId = i.CorrelationId,
        CreatedAt = i.CreatedAt,
        UpdatedAt = i.UpdatedAt,
        FinishedAt = i.FinishedAt,
        Revision = i.Revision,
        State = Json(i),
    };

    public static BookmarkRow ToRow(Bookmark b) => new()
    {
        Id = b.Id,
        InstanceId = b.InstanceId,
        ActivityId = b.ActivityId,
        ExecutionId = b.ExecutionId,
        Type = b.Type,
        Hash = b.Hash,
        CorrelationKey = b.CorrelationKey,
        Payload = b.Payload?.ToJsonString(),
        DueAt = b.DueAt,
        CreatedAt = b.CreatedAt,
    };

    public static Bookmark ToBookmark(BookmarkRow r) => new()
    {
        Id = r.Id,
        InstanceId = r.InstanceId,
        ActivityId = r.ActivityId,
        ExecutionId = r.ExecutionId,
        Type = r.Type,
        Hash = r.Hash,
        CorrelationKey = r.CorrelationKey,
        Payload = r.Payload is null ? null : System.Text.Json.Nodes.JsonNode.Parse(r.Payload),
        DueAt = r.DueAt,
        CreatedAt = r.CreatedAt,
    };

    public static TaskRow ToRow(HumanTask t) => new()
    {
        Id = t.Id,
        InstanceId = t.InstanceId,
        Segment = t.Segment,
        CandidateRole = t.CandidateRole,
        Assignee = t.Assignee,
        Status = t.Status.ToString(),
        DueAt = t.DueAt,
        CreatedAt = t.CreatedAt,
        Revision = t.Revision,
        Task = Json(t),
    };

    public static void CopyTo(HumanTask t, TaskRow row)
    {
        row.Segment = t.Segment;
        row.CandidateRole = t.CandidateRole;
        row.Assignee = t.Assignee;
        row.Status = t.Status.ToString();
        row.DueAt = t.DueAt;
        row.Revision = t.Revision;
        row.Task = Json(t);
    }

    public static IncidentRow ToRow(Incident i) => new() { Id = i.Id, InstanceId = i.InstanceId, CreatedAt = i.CreatedAt, ResolvedAt = i.ResolvedAt, Incident = Json(i) };

    public static OutboxRow ToRow(OutboxMessage m) => new() { Id = m.Id, Type = m.Type, InstanceId = m.InstanceId, Payload = m.Payload.ToJsonString(), CreatedAt = m.CreatedAt };

    public static OutboxMessage ToMessage(OutboxRow r) => new()
    {
        Id = r.Id,
        Type = r.Type,
        InstanceId = r.InstanceId,
        Payload = System.Text.Json.Nodes.JsonNode.Parse(r.Payload)!.AsObject(),
        CreatedAt = r.CreatedAt,
    };

    public static DefinitionVersionRow ToRow(DefinitionVersion v) => new()
    {
        DefinitionId = v.DefinitionId,
        Version = v.Version,
        Name = v.Name,
        Description = v.Description,
        Json = v.Json,
        ContentHash = v.ContentHash,
        Status = v.Status.ToString(),
        PublishedAt = v.PublishedAt,
        RetractedAt = v.RetractedAt,
        PublishedBy = v.PublishedBy,
    };

    public static DefinitionVersion ToVersion(DefinitionVersionRow r) => new()
    {
        DefinitionId = r.DefinitionId,
        Version = r.Version,
        Name = r.Name,
        Description = r.Description,
        Json = r.Json,
        ContentHash = r.ContentHash,
        Status = Enum.Parse<VersionStatus>(r.Status),
        PublishedAt = r.PublishedAt,
        RetractedAt = r.RetractedAt,
        PublishedBy = r.PublishedBy,
    };

    public static TriggerRow ToRow(Trigger t) => new()
    {
        Id = t.Id,
        DefinitionId = t.DefinitionId,
        Version = t.Version,
        ActivityId = t.ActivityId,
        Type = t.Type,
        Key = t.Key,
        Hash = t.Hash,
        NextDueAt = t.NextDueAt,
    };

    public static Trigger ToTrigger(TriggerRow r) => new()
    {
        Id = r.Id,
        DefinitionId = r.DefinitionId,
        Version = r.Version,
        ActivityId = r.ActivityId,
        Type = r.Type,
        Key = r.Key,
        Hash = r.Hash,
        NextDueAt = r.NextDueAt,
    };
}

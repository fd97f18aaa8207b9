using System.Text.Json.Nodes;

namespace OnboardingBpm.Workflows.Execution;

/// <summary>
/// A side effect that must happen only after the burst that asked for it is committed: start a child
/// workflow, publish an event, resume a parent. Committed with the burst, dispatched after.
/// </summary>
public sealed record OutboxMessage
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string InstanceId { get; init; }
    public required JsonObject Payload { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

public static class OutboxMessageTypes
{
    public const string StartWorkflow = "StartWorkflow";
    public const string PublishEvent = "PublishEvent";
    public const string ChildEnded = "ChildEnded";

    /// <summary>
    /// An incident was raised; sent with the commit that raised it so observers (alerts to Platform
    /// Engineering) hear of every incident exactly when it becomes durable. No handler means nothing to do.
    /// </summary>
    public const string IncidentRaised = "IncidentRaised";
}

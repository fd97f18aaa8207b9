using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Workflows.Bookmarks;

/// <summary>
/// A point where an instance waits. A stimulus finds it by <see cref="Hash"/> (type + correlation key), by id,
/// or, for timers, by <see cref="DueAt"/>. A bookmark is burned when used, so a second resume is a no-op.
/// </summary>
public sealed record Bookmark
{
    public required string Id { get; init; }
    public required string InstanceId { get; init; }
    public required string ActivityId { get; init; }
    public required string ExecutionId { get; init; }
    public required string Type { get; init; }
    public string? CorrelationKey { get; init; }
    public required string Hash { get; init; }
    public JsonNode? Payload { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>The bookmark types the core activities create.</summary>
public static class BookmarkTypes
{
    public const string Delay = "Delay";
    public const string Timer = "Timer";
    public const string Cron = "Cron";
    public const string Event = "Event";
    public const string HttpEndpoint = "HttpEndpoint";
    public const string UserTask = "UserTask";
    public const string UserTaskEscalation = "UserTaskEscalation";
    public const string RunWorkflow = "RunWorkflow";

    /// <summary>A durable retry of a faulted activity, due after its policy's interval.</summary>
    public const string Retry = "Retry";
}

public static class BookmarkHash
{
    /// <summary>A stable hash of type and key, the lookup column of the bookmark store and trigger index.</summary>
    public static string Compute(string type, string? key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(type + "\n" + (key ?? "")));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }
}

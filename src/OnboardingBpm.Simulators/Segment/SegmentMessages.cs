using System.Text.Json.Nodes;

namespace OnboardingBpm.Simulators.Segment;

/// <summary>Segment's per-message rules: a user (userId or anonymousId) always, an event name on track.</summary>
internal static class SegmentMessages
{
    private static readonly HashSet<string> Types = ["track", "identify", "page", "screen", "group", "alias"];

    public static (string Code, string Message)? Problem(JsonObject message, string type)
    {
        if (!Types.Contains(type))
        {
            return ("invalid_request", $"Unknown message type '{type}'.");
        }

        if (Text(message, "userId") is null && Text(message, "anonymousId") is null)
        {
            return ("no_user_anon_id", "userId or anonymousId is required.");
        }

        if (type == "track" && string.IsNullOrEmpty(Text(message, "event")))
        {
            return ("invalid_request", "event is required for track.");
        }

        return Text(message, "messageId") is { Length: >= 100 }
            ? ("invalid_request", "messageId must be under 100 characters.")
            : null;
    }

    /// <summary>A message without messageId gets one, as Segment assigns it on receipt.</summary>
    public static SegmentEvent ToEvent(JsonObject message, string type, DateTimeOffset receivedAt) => new(
        type,
        Text(message, "userId"),
        Text(message, "anonymousId"),
        Text(message, "event"),
        message["properties"]?.DeepClone() as JsonObject,
        message["traits"]?.DeepClone() as JsonObject,
        Text(message, "messageId") ?? $"sim-{Guid.NewGuid():N}",
        Text(message, "timestamp"),
        receivedAt);

    /// <summary>Ids may be sent as numbers; Segment keeps them as text.</summary>
    private static string? Text(JsonObject message, string name) => message[name] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => string.IsNullOrEmpty(text) ? null : text,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };
}

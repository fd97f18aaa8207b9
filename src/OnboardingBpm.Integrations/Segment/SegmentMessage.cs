using System.Globalization;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Integrations.Segment;

/// <summary>
/// One Segment call (track or identify). <see cref="MessageId"/> is the caller's transaction id: Segment drops
/// a second message with the same id, so a retry or a replay never counts twice.
/// </summary>
public sealed record SegmentMessage
{
    public required string Type { get; init; }
    public required string MessageId { get; init; }
    public string? UserId { get; init; }
    public string? AnonymousId { get; init; }
    public string? Event { get; init; }
    public JsonObject? Properties { get; init; }
    public JsonObject? Traits { get; init; }

    /// <summary>When it happened; empty means now (set it for historical events).</summary>
    public DateTimeOffset? Timestamp { get; init; }

    public static SegmentMessage Track(string userId, string eventName, JsonObject? properties, string messageId) =>
        new() { Type = "track", UserId = userId, Event = eventName, Properties = properties, MessageId = messageId };

    public static SegmentMessage Identify(string userId, JsonObject? traits, string messageId) =>
        new() { Type = "identify", UserId = userId, Traits = traits, MessageId = messageId };

    internal JsonObject ToJson(DateTimeOffset now)
    {
        var json = new JsonObject { ["type"] = Type, ["messageId"] = MessageId };
        Add(json, "userId", UserId);
        Add(json, "anonymousId", AnonymousId);
        Add(json, "event", Event);
        if (Properties is not null)
        {
            json["properties"] = Properties.DeepClone();
        }

        if (Traits is not null)
        {
            json["traits"] = Traits.DeepClone();
        }

        json["timestamp"] = Iso(Timestamp ?? now);
        return json;
    }

    internal static string Iso(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void Add(JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json[name] = value;
        }
    }
}

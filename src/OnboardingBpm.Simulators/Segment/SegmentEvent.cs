using System.Text.Json.Nodes;

namespace OnboardingBpm.Simulators.Segment;

/// <summary>One accepted call as Segment would show it in its debugger.</summary>
public sealed record SegmentEvent(
    string Type,
    string? UserId,
    string? AnonymousId,
    string? Event,
    JsonObject? Properties,
    JsonObject? Traits,
    string MessageId,
    string? Timestamp,
    DateTimeOffset ReceivedAt);

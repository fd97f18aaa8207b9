using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Simulators.Segment;

/// <summary>
/// POST /v1/track, /v1/identify, /v1/batch and /v1/import, answering as Segment does: 200 {"success":true}
/// for everything accepted, 400 for invalid JSON, a missing user or an oversized payload, 401 for a bad key.
/// </summary>
internal static class SegmentEndpoints
{
    public const int MaxCallBytes = 32 * 1024;
    public const int MaxBatchBytes = 500 * 1024;
    public const int MaxBatchEvents = 2500;

    public static void MapSegment(this WebApplication app)
    {
        app.MapPost("/v1/track", (HttpContext http, SegmentSimulator simulator, SimulatorClock clock) => SingleAsync(http, "track", simulator, clock));
        app.MapPost("/v1/identify", (HttpContext http, SegmentSimulator simulator, SimulatorClock clock) => SingleAsync(http, "identify", simulator, clock));
        app.MapPost("/v1/batch", (HttpContext http, SegmentSimulator simulator, SimulatorClock clock) => BatchAsync(http, simulator, clock));
        app.MapPost("/v1/import", (HttpContext http, SegmentSimulator simulator, SimulatorClock clock) => BatchAsync(http, simulator, clock));
        app.MapGet("/__sim/segment/events", (SegmentEventLog log) => TypedResults.Ok(new
        {
            events = log.Events,
            duplicates = log.Duplicates,
            dropped = log.Dropped,
        }));
    }

    private static async Task SingleAsync(HttpContext http, string type, SegmentSimulator simulator, SimulatorClock clock)
    {
        if (await ReadAsync(http, MaxCallBytes, simulator) is not { } body)
        {
            return;
        }

        if (SegmentMessages.Problem(body, type) is { } problem)
        {
            await SegmentErrors.WriteAsync(http, StatusCodes.Status400BadRequest, problem);
            return;
        }

        simulator.Events.Accept(SegmentMessages.ToEvent(body, type, clock.Now));
        await WriteSuccessAsync(http);
    }

    private static async Task BatchAsync(HttpContext http, SegmentSimulator simulator, SimulatorClock clock)
    {
        if (await ReadAsync(http, MaxBatchBytes, simulator) is not { } body)
        {
            return;
        }

        if (body["batch"] is not JsonArray batch)
        {
            await SegmentErrors.WriteAsync(http, StatusCodes.Status400BadRequest, ("invalid_request", "batch must be an array of messages."));
            return;
        }

        if (batch.Count > MaxBatchEvents)
        {
            // Segment answers 200 and drops the whole batch: only its debugger shows the loss.
            simulator.Events.Drop(batch.Count);
            await WriteSuccessAsync(http);
            return;
        }

        var accepted = new List<SegmentEvent>();
        foreach (var item in batch)
        {
            if (item is not JsonObject message)
            {
                await SegmentErrors.WriteAsync(http, StatusCodes.Status400BadRequest, ("invalid_request", "every batch item must be an object."));
                return;
            }

            var type = message["type"] is JsonValue t && t.TryGetValue<string>(out var text) ? text : null;
            if (type is null)
            {
                await SegmentErrors.WriteAsync(http, StatusCodes.Status400BadRequest, ("invalid_request", "type is required on every batch item."));
                return;
            }

            if (SegmentMessages.Problem(message, type) is { } problem)
            {
                await SegmentErrors.WriteAsync(http, StatusCodes.Status400BadRequest, problem);
                return;
            }

            if (Encoding.UTF8.GetByteCount(message.ToJsonString()) > MaxCallBytes)
            {
                simulator.Events.Drop(1);
                continue;
            }

            accepted.Add(SegmentMessages.ToEvent(message, type, clock.Now));
        }

        accepted.ForEach(simulator.Events.Accept);
        await WriteSuccessAsync(http);
    }

    /// <summary>Reads and authenticates the body; on failure writes Segment's answer and returns null.</summary>
    private static async Task<JsonObject?> ReadAsync(HttpContext http, int limit, SegmentSimulator simulator)
    {
        if (http.Request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await SegmentErrors.WriteAsync(http, StatusCodes.Status400BadRequest, ("invalid_request", "Content-Type must be application/json."));
            return null;
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        if (buffer.Length > limit)
        {
            await SegmentErrors.WriteAsync(http, StatusCodes.Status400BadRequest, ("payload_too_large", $"The payload is {buffer.Length} bytes; the limit is {limit / 1024} KB."));
            return null;
        }

        JsonObject? body;
        try
        {
            body = JsonNode.Parse(buffer.ToArray()) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            await SegmentErrors.WriteAsync(http, StatusCodes.Status400BadRequest, ("invalid_json", "The body is not a JSON object."));
            return null;
        }

        if (WriteKey(http.Request, body) is not { } key || !simulator.WriteKeys.Contains(key))
        {
            await SegmentErrors.WriteAsync(http, StatusCodes.Status401Unauthorized, ("invalid_write_key", "The write key is missing or invalid."));
            return null;
        }

        return body;
    }

    /// <summary>HTTP Basic with the write key as user name and an empty password, or "writeKey" in the body.</summary>
    private static string? WriteKey(HttpRequest request, JsonObject body)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                return colon < 0 ? pair : pair[..colon];
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return body["writeKey"] is JsonValue value && value.TryGetValue<string>(out var key) ? key : null;
    }

    private static Task WriteSuccessAsync(HttpContext http) => http.Response.WriteAsJsonAsync(new { success = true });
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Segment;

/// <summary>
/// Segment's HTTP Tracking API. Payload limits are checked before sending: Segment answers 200 to much it
/// then drops, so an oversized event fails here, loudly, instead of vanishing there.
/// </summary>
public sealed class SegmentClient(HttpClient http, IOptionsMonitor<SegmentOptions> options, TimeProvider time)
{
    public const string Vendor = "segment";

    // Room for {"batch":[...],"sentAt":"..."} around the items.
    private const int BatchEnvelopeBytes = 256;

    public Task TrackAsync(string userId, string eventName, JsonObject? properties, string messageId, CancellationToken cancellationToken = default) =>
        SendOneAsync("v1/track", SegmentMessage.Track(userId, eventName, properties, messageId), cancellationToken);

    public Task IdentifyAsync(string userId, JsonObject? traits, string messageId, CancellationToken cancellationToken = default) =>
        SendOneAsync("v1/identify", SegmentMessage.Identify(userId, traits, messageId), cancellationToken);

    /// <summary>Sends the messages in as few batches as Segment's limits allow; returns how many requests that took.</summary>
    public async Task<int> BatchAsync(IEnumerable<SegmentMessage> messages, CancellationToken cancellationToken = default)
    {
        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        var items = messages.Select(m => (Json: m.ToJson(now), Message: m)).Select(i => (i.Json, Bytes: Size(i.Json), i.Message)).ToList();
        foreach (var item in items)
        {
            EnsureFits(item.Message, item.Bytes, settings);
        }

        var requests = 0;
        foreach (var chunk in Chunks(items.Select(i => (i.Json, i.Bytes)), settings))
        {
            var body = new JsonObject { ["batch"] = new JsonArray([.. chunk]), ["sentAt"] = SegmentMessage.Iso(time.GetUtcNow()) };
            await PostAsync("v1/batch", body, settings, cancellationToken);
            requests++;
        }

        return requests;
    }

    private async Task SendOneAsync(string path, SegmentMessage message, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        var body = message.ToJson(now);
        body["sentAt"] = SegmentMessage.Iso(now);
        EnsureFits(message, Size(body), settings);
        await PostAsync(path, body, settings, cancellationToken);
    }

    private static IEnumerable<List<JsonObject>> Chunks(IEnumerable<(JsonObject Json, int Bytes)> items, SegmentOptions settings)
    {
        var chunk = new List<JsonObject>();
        var bytes = BatchEnvelopeBytes;
        foreach (var (json, size) in items)
        {
            if (chunk.Count > 0 && (chunk.Count == settings.MaxBatchEvents || bytes + size + 1 > settings.MaxBatchBytes))
            {
                yield return chunk;
                chunk = [];
                bytes = BatchEnvelopeBytes;
            }

            chunk.Add(json);
            bytes += size + 1;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private async Task PostAsync(string path, JsonObject body, SegmentOptions settings, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(settings.BaseUrl), path))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.WriteKey + ":")));
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ErrorAsync(response, cancellationToken);
        }
    }

    private async Task<IntegrationException> ErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        string? code = null;
        var message = text;
        try
        {
            if (JsonNode.Parse(text) is JsonObject error)
            {
                code = (string?)error["code"];
                message = (string?)error["message"] ?? text;
            }
        }
        catch (JsonException)
        {
            // Not Segment's JSON (a proxy's page): keep the raw text as the message.
        }

        var wait = response.StatusCode == HttpStatusCode.TooManyRequests && RetryAfter.Read(response, time.GetUtcNow()) is { } after
            ? $" (retry after {after.TotalSeconds:0} s)"
            : "";
        return new IntegrationException(Vendor, $"{(int)response.StatusCode} {code}: {message}{wait}", response.StatusCode, code);
    }

    private static void EnsureFits(SegmentMessage message, int bytes, SegmentOptions settings)
    {
        if (bytes > settings.MaxEventBytes)
        {
            throw new IntegrationException(
                Vendor,
                $"{message.Type} {message.Event ?? message.UserId} (messageId {message.MessageId}) is {bytes} bytes; Segment accepts at most {settings.MaxEventBytes} bytes per event",
                HttpStatusCode.RequestEntityTooLarge,
                "event_too_large");
        }
    }

    private static int Size(JsonObject json) => Encoding.UTF8.GetByteCount(json.ToJsonString());
}

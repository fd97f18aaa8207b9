using System.Net;
using System.Text.Json.Nodes;
using OnboardingBpm.Integrations.Resilience;
using OnboardingBpm.Integrations.Segment;

namespace OnboardingBpm.Integrations.Tests.Segment;

public sealed class SegmentClientTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_track_sent_twice_with_one_message_id_arrives_once()
    {
        await using var harness = await SegmentHarness.StartAsync();

        await harness.Client.TrackAsync("user-1", "Onboarding Started", new JsonObject { ["plan"] = "pro" }, "tx-42", Cancel);
        await harness.Client.TrackAsync("user-1", "Onboarding Started", new JsonObject { ["plan"] = "pro" }, "tx-42", Cancel);

        var accepted = Assert.Single(harness.Segment.Events.Events);
        Assert.Equal(("track", "user-1", "Onboarding Started", "tx-42"), (accepted.Type, accepted.UserId, accepted.Event, accepted.MessageId));
        Assert.Equal("pro", (string?)accepted.Properties?["plan"]);
        Assert.Equal(harness.Clock.GetUtcNow(), DateTimeOffset.Parse(accepted.Timestamp!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, harness.Segment.Events.Duplicates);
        Assert.Equal(2, harness.Simulator.Faults.Requests.Count);
    }

    [Fact]
    public async Task an_identify_carries_the_traits()
    {
        await using var harness = await SegmentHarness.StartAsync();

        await harness.Client.IdentifyAsync("user-7", new JsonObject { ["company"] = "Acme" }, "tx-identify", Cancel);

        var accepted = Assert.Single(harness.Segment.Events.Events);
        Assert.Equal(("identify", "user-7", "tx-identify"), (accepted.Type, accepted.UserId, accepted.MessageId));
        Assert.Equal("Acme", (string?)accepted.Traits?["company"]);
    }

    [Fact]
    public async Task a_429_with_retry_after_waits_that_long_then_succeeds()
    {
        await using var harness = await SegmentHarness.StartAsync();
        harness.Simulator.Faults.RateLimit(1, TimeSpan.FromSeconds(3));

        var call = harness.Client.TrackAsync("user-1", "Case Opened", null, "tx-rate", Cancel);
        await harness.Simulator.Faults.WaitForRequestsAsync(1, Cancel);
        await harness.Timers.WaitForTimerAsync(TimeSpan.FromSeconds(3)).WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        Assert.Empty(harness.Segment.Events.Events);
        harness.Clock.Advance(TimeSpan.FromSeconds(3));
        await call;

        var requests = harness.Simulator.Faults.Requests;
        Assert.Equal([429, 200], requests.Select(r => r.Status ?? 0));
        Assert.Equal(TimeSpan.FromSeconds(3), requests[1].At - requests[0].At);
        Assert.Equal("tx-rate", Assert.Single(harness.Segment.Events.Events).MessageId);
    }

    [Fact]
    public async Task a_batch_over_500_kb_is_split_and_every_event_arrives()
    {
        await using var harness = await SegmentHarness.StartAsync();
        var padding = new string('x', 20_000);
        var messages = Enumerable.Range(1, 40)
            .Select(i => SegmentMessage.Track($"user-{i}", "Report Viewed", new JsonObject { ["notes"] = padding }, $"tx-batch-{i}"))
            .ToList();

        var requests = await harness.Client.BatchAsync(messages, Cancel);

        Assert.True(requests >= 2, $"expected several batches, got {requests}");
        Assert.All(harness.Simulator.Faults.Requests, r => Assert.Equal(("/v1/batch", 200), (r.Path, r.Status ?? 0)));
        Assert.Equal(requests, harness.Simulator.Faults.Requests.Count);
        Assert.Equal(messages.Select(m => m.MessageId).Order(), harness.Segment.Events.Events.Select(e => e.MessageId).Order());
        Assert.Equal(0, harness.Segment.Events.Dropped);
    }

    [Fact]
    public async Task a_batch_over_2500_events_is_split_so_none_is_dropped()
    {
        await using var harness = await SegmentHarness.StartAsync();
        var messages = Enumerable.Range(1, 2600).Select(i => SegmentMessage.Identify($"user-{i}", null, $"tx-many-{i}")).ToList();

        var requests = await harness.Client.BatchAsync(messages, Cancel);

        Assert.Equal(2, requests);
        Assert.Equal(2600, harness.Segment.Events.Events.Count);
        Assert.Equal(0, harness.Segment.Events.Dropped);
    }

    [Fact]
    public async Task an_event_over_32_kb_is_refused_without_a_request()
    {
        await using var harness = await SegmentHarness.StartAsync();

        var error = await Assert.ThrowsAsync<IntegrationException>(() =>
            harness.Client.TrackAsync("user-1", "Huge", new JsonObject { ["blob"] = new string('x', 33 * 1024) }, "tx-huge", Cancel));

        Assert.False(error.IsTransient);
        Assert.Contains("32768 bytes", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Simulator.Faults.Requests);
    }

    [Fact]
    public async Task a_bad_write_key_is_a_non_transient_failure()
    {
        await using var harness = await SegmentHarness.StartAsync(writeKey: "not-the-key");

        var error = await Assert.ThrowsAsync<IntegrationException>(() => harness.Client.TrackAsync("user-1", "Case Opened", null, "tx-key", Cancel));

        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_write_key", false), (error.Status, error.ErrorCode, error.IsTransient));
        Assert.Single(harness.Simulator.Faults.Requests);
        Assert.Empty(harness.Segment.Events.Events);
    }

    [Fact]
    public async Task server_errors_are_retried_within_the_call()
    {
        await using var harness = await SegmentHarness.StartAsync();
        harness.Simulator.Faults.ScriptStatuses([503, 503]);

        await harness.Client.TrackAsync("user-1", "Case Opened", null, "tx-503", Cancel);

        Assert.Equal([503, 503, 200], harness.Simulator.Faults.Requests.Select(r => r.Status ?? 0));
        Assert.Equal("tx-503", Assert.Single(harness.Segment.Events.Events).MessageId);
    }
}

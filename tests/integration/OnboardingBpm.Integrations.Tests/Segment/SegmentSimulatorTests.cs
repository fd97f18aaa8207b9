using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OnboardingBpm.Simulators.Hosting;
using OnboardingBpm.Simulators.Segment;

namespace OnboardingBpm.Integrations.Tests.Segment;

/// <summary>The simulator's wire behaviour, spoken to with a plain HttpClient as any Segment library would.</summary>
public sealed class SegmentSimulatorTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(controlsTimers: true);
    private readonly SegmentSimulator segment = new();
    private RunningSimulator simulator = null!;
    private HttpClient http = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        simulator = await SimulatorHost.StartAsync(segment, new SimulatorHostOptions { Time = clock }, Cancel);
        http = new HttpClient { BaseAddress = simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(SegmentSimulator.DefaultWriteKey + ":")));
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await simulator.DisposeAsync();
    }

    [Fact]
    public async Task a_call_without_user_or_anonymous_id_is_refused_with_no_user_anon_id()
    {
        using var response = await http.PostAsJsonAsync("v1/track", new { @event = "Case Opened" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("no_user_anon_id", (string?)(await Body(response))["code"]);
        Assert.Empty(segment.Events.Events);
    }

    [Fact]
    public async Task a_track_without_event_is_refused()
    {
        using var response = await http.PostAsJsonAsync("v1/track", new { userId = "u-1" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(segment.Events.Events);
    }

    [Fact]
    public async Task an_accepted_call_answers_success_and_shows_in_the_inspection_endpoint()
    {
        using var response = await http.PostAsJsonAsync("v1/identify", new { anonymousId = "anon-1", traits = new { plan = "smb" }, messageId = "m-1" }, Cancel);
        using var again = await http.PostAsJsonAsync("v1/identify", new { anonymousId = "anon-1", traits = new { plan = "changed" }, messageId = "m-1" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((bool?)(await Body(response))["success"]);
        var inspection = JsonNode.Parse(await http.GetStringAsync("__sim/segment/events", Cancel))!;
        var accepted = Assert.Single(inspection["events"]!.AsArray());
        Assert.Equal(("identify", "anon-1", "smb", "m-1"), ((string?)accepted!["type"], (string?)accepted["anonymousId"], (string?)accepted["traits"]!["plan"], (string?)accepted["messageId"]));
        Assert.Equal(clock.GetUtcNow(), (DateTimeOffset?)accepted["receivedAt"]);
        Assert.Equal(1, (int?)inspection["duplicates"]);
    }

    [Fact]
    public async Task the_write_key_may_come_in_the_body()
    {
        using var anonymous = new HttpClient { BaseAddress = simulator.BaseAddress };

        using var accepted = await anonymous.PostAsJsonAsync("v1/track", new { writeKey = SegmentSimulator.DefaultWriteKey, userId = "u-1", @event = "Case Opened" }, Cancel);
        using var refused = await anonymous.PostAsJsonAsync("v1/track", new { writeKey = "other", userId = "u-1", @event = "Case Opened" }, Cancel);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (accepted.StatusCode, refused.StatusCode));
        Assert.Single(segment.Events.Events);
    }

    [Fact]
    public async Task a_call_over_32_kb_is_refused()
    {
        using var response = await http.PostAsJsonAsync("v1/track", new { userId = "u-1", @event = "Big", properties = new { blob = new string('x', 33 * 1024) } }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(segment.Events.Events);
    }

    [Fact]
    public async Task a_batch_over_2500_events_is_answered_200_and_dropped()
    {
        var batch = Enumerable.Range(1, 2501).Select(i => new { type = "track", userId = $"u-{i}", @event = "E" });

        using var response = await http.PostAsJsonAsync("v1/import", new { batch }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(segment.Events.Events);
        Assert.Equal(2501, segment.Events.Dropped);
    }

    [Fact]
    public async Task a_batch_item_without_type_is_refused()
    {
        using var response = await http.PostAsJsonAsync("v1/batch", new { batch = new[] { new { userId = "u-1", @event = "E" } } }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task a_body_that_is_not_json_is_refused()
    {
        using var content = new StringContent("userId=u-1", Encoding.UTF8, "text/plain");
        using var response = await http.PostAsync("v1/track", content, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task an_injected_rate_limit_answers_429_with_retry_after_and_reset_in_seconds()
    {
        simulator.Faults.RateLimit(1, TimeSpan.FromSeconds(5));

        using var response = await http.PostAsJsonAsync("v1/track", new { userId = "u-1", @event = "E" }, Cancel);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal("5", response.Headers.GetValues("X-RateLimit-Reset").Single());
    }

    private static async Task<JsonObject> Body(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!.AsObject();
}

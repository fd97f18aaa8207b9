using System.Net;
using System.Text;
using OnboardingBpm.Integrations.Resilience;
using OnboardingBpm.Integrations.Tests.Support;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Integrations.Tests.Resilience;

public sealed class ResilienceHandlerTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(controlsTimers: true);
    private readonly EchoSimulator echo = new();
    private RunningSimulator simulator = null!;

    public async ValueTask InitializeAsync() =>
        simulator = await SimulatorHost.StartAsync(echo, new SimulatorHostOptions { Time = clock }, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => simulator.DisposeAsync();

    [Fact]
    public async Task two_503s_then_success_returns_the_third_answer_with_the_body_sent_each_time()
    {
        using var client = EchoClient.Create(simulator.BaseAddress, EchoClient.FastRetries(), clock);
        simulator.Faults.ScriptStatuses([503, 503]);

        var response = await client.PostAsync("echo", new StringContent("""{"n":1}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"n":1}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal([503, 503, 200], simulator.Faults.Requests.Select(r => r.Status!.Value));
    }

    [Fact]
    public async Task three_503s_return_the_last_503_after_two_retries()
    {
        using var client = EchoClient.Create(simulator.BaseAddress, EchoClient.FastRetries(), clock);
        simulator.Faults.ScriptStatuses([503, 503, 503]);

        var response = await client.GetAsync("items/a", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(3, simulator.Faults.Requests.Count);
    }

    [Fact]
    public async Task a_400_is_not_retried()
    {
        using var client = EchoClient.Create(simulator.BaseAddress, EchoClient.FastRetries(), clock);

        var response = await client.GetAsync("bad-request", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(simulator.Faults.Requests);
    }

    [Fact]
    public async Task nine_seconds_of_latency_succeed_within_one_attempt()
    {
        using var client = EchoClient.Create(simulator.BaseAddress, EchoClient.FastRetries(), clock);
        simulator.Faults.AddLatency(TimeSpan.FromSeconds(9), times: 1);

        var call = client.GetAsync("items/slow", TestContext.Current.CancellationToken);
        await simulator.Faults.WaitForRequestsAsync(1, TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(9));
        var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(simulator.Faults.Requests);
    }

    [Fact]
    public async Task eleven_seconds_of_latency_time_out_and_the_retry_succeeds()
    {
        using var client = EchoClient.Create(simulator.BaseAddress, EchoClient.FastRetries(), clock);
        simulator.Faults.AddLatency(TimeSpan.FromSeconds(11), times: 1);

        var call = client.GetAsync("items/slow", TestContext.Current.CancellationToken);
        await simulator.Faults.WaitForRequestsAsync(1, TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(11));
        var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, simulator.Faults.Requests.Count);
    }

    [Fact]
    public async Task a_429_waits_for_retry_after_on_the_clock_before_trying_again()
    {
        using var client = EchoClient.Create(simulator.BaseAddress, EchoClient.FastRetries(), clock);
        simulator.Faults.RateLimit(times: 1, resetAfter: TimeSpan.FromSeconds(3));

        var call = client.GetAsync("items/limited", TestContext.Current.CancellationToken);
        await simulator.Faults.WaitForRequestsAsync(1, TestContext.Current.CancellationToken);
        var retryAt = clock.GetUtcNow() + TimeSpan.FromSeconds(3);
        await WaitUntilAsync(() => clock.PendingTimers.Contains(retryAt));
        Assert.False(call.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(3));
        var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), simulator.Faults.Requests[1].At - simulator.Faults.Requests[0].At);
    }

    [Fact]
    public async Task a_rate_limit_reset_beyond_the_longest_wait_fails_at_once_for_the_durable_retry()
    {
        using var client = EchoClient.Create(simulator.BaseAddress, EchoClient.FastRetries(), clock);
        simulator.Faults.RateLimit(times: 1, resetAfter: TimeSpan.FromMinutes(5));

        var response = await client.GetAsync("items/limited", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Single(simulator.Faults.Requests);
    }

    [Fact]
    public async Task the_circuit_opens_after_repeated_failures_and_calls_fail_fast_without_reaching_the_vendor()
    {
        var options = EchoClient.FastRetries();
        options.MaxRetries = 0;
        options.MinimumThroughput = 4;
        using var client = EchoClient.Create(simulator.BaseAddress, options, clock);
        simulator.Faults.StartOutage(TimeSpan.FromMinutes(30));

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("items/x", TestContext.Current.CancellationToken)).StatusCode);
        }

        var broken = await Assert.ThrowsAsync<IntegrationException>(() => client.GetAsync("items/x", TestContext.Current.CancellationToken));

        Assert.Contains("circuit open", broken.Message);
        Assert.True(broken.IsTransient);
        Assert.Equal(4, simulator.Faults.Requests.Count);
    }

    /// <summary>Waits (bounded) for the client to schedule its wait on the fake clock, so advancing it cannot come too early.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Yield();
            timeout.Token.ThrowIfCancellationRequested();
        }
    }
}

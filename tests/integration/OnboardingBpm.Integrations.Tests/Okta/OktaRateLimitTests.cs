using System.Net;
using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Tests.Okta;

public sealed class OktaRateLimitTests
{
    [Fact(Timeout = 30_000)]
    public async Task a_rate_limited_call_waits_until_the_reset_and_then_succeeds()
    {
        await using var okta = await OktaHarness.StartAsync();
        var resetAt = okta.Clock.GetUtcNow().AddSeconds(5);
        okta.Simulator.Faults.RateLimit(times: 1, resetAfter: TimeSpan.FromSeconds(5), pathPrefix: "/api/v1");

        var call = okta.Client.GetUserAsync("sam.agent@onboardingbpm.local", TestContext.Current.CancellationToken);
        await okta.Simulator.Faults.WaitForRequestsAsync(1, TestContext.Current.CancellationToken);
        okta.Clock.Advance(TimeSpan.FromSeconds(4));
        var retriedEarly = okta.Simulator.Faults.Requests.Count > 1 && okta.Simulator.Faults.Requests[1].At < resetAt;
        okta.Clock.Advance(TimeSpan.FromSeconds(1));
        var read = await call;

        Assert.False(retriedEarly);
        Assert.Equal("sam.agent@onboardingbpm.local", read!.Value.Profile.Login);
        var requests = okta.Simulator.Faults.Requests;
        Assert.Equal([429, 200], requests.Select(r => r.Status ?? 0));
        Assert.True(requests[1].At >= resetAt, $"retried at {requests[1].At:O}, before the reset at {resetAt:O}");
    }

    [Fact(Timeout = 30_000)]
    public async Task a_reset_beyond_the_longest_wait_fails_transient_without_waiting()
    {
        await using var okta = await OktaHarness.StartAsync(configure: o => o.Resilience.MaxRetryAfter = TimeSpan.FromSeconds(60));
        okta.Simulator.Faults.RateLimit(times: 1, resetAfter: TimeSpan.FromMinutes(5), pathPrefix: "/api/v1");

        var error = await Assert.ThrowsAsync<IntegrationException>(() => okta.Client.GetUserAsync("sam.agent@onboardingbpm.local", TestContext.Current.CancellationToken));

        Assert.True(error.IsTransient);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Equal("E0000047", error.ErrorCode);
        Assert.Single(okta.Simulator.Faults.Requests);
    }
}

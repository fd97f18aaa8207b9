using System.Globalization;
using System.Net;
using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Tests.Resilience;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void a_rate_limit_reset_on_a_429_is_the_time_left_until_the_reset()
    {
        using var response = WithReset(HttpStatusCode.TooManyRequests, Now.AddSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(5), RetryAfter.Read(response, Now));
    }

    [Fact]
    public void a_rate_limit_reset_on_any_other_status_is_no_reason_to_wait()
    {
        using var response = WithReset(HttpStatusCode.ServiceUnavailable, Now.AddSeconds(50));

        Assert.Null(RetryAfter.Read(response, Now));
    }

    [Fact]
    public void retry_after_on_a_503_is_honoured()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.Read(response, Now));
    }

    private static HttpResponseMessage WithReset(HttpStatusCode status, DateTimeOffset reset)
    {
        var response = new HttpResponseMessage(status);
        response.Headers.Add("X-Rate-Limit-Reset", reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return response;
    }
}

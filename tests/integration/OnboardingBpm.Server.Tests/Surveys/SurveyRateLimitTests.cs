using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Surveys;

/// <summary>The anonymous survey endpoints give each address a budget per minute, then 429 with Retry-After.</summary>
public sealed class SurveyRateLimitTests(SurveyRateLimitTests.ThreePerMinuteFactory factory) : IClassFixture<SurveyRateLimitTests.ThreePerMinuteFactory>
{
    [Fact]
    public async Task the_fourth_survey_request_within_a_minute_is_refused_with_retry_after()
    {
        using var anonymous = factory.CreateClient();

        var page = await anonymous.GetAsync("/survey/guess-1", TestContext.Current.CancellationToken);
        var answer = await anonymous.PostAsJsonAsync("/api/surveys/guess-2", new { rating = 5 }, TestContext.Current.CancellationToken);
        var third = await anonymous.GetAsync("/survey/guess-3", TestContext.Current.CancellationToken);
        var refused = await anonymous.PostAsJsonAsync("/api/surveys/guess-4", new { rating = 5 }, TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { page.StatusCode, answer.StatusCode, third.StatusCode });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }

    [Fact]
    public async Task signed_in_endpoints_are_not_counted_against_the_survey_budget()
    {
        using var admin = factory.CreateClientAs(DemoUsers.Admin);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await admin.GetAsync("/api/cases", TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    public sealed class ThreePerMinuteFactory : ServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Surveys:RateLimit:PermitsPerMinute", "3");
        }
    }
}

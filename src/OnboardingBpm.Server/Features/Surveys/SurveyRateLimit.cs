using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OnboardingBpm.Server.Features.Surveys;

/// <summary>
/// The survey endpoints are the only anonymous ones that touch the database, so each client address gets a
/// fixed budget per minute (<c>Surveys:RateLimit:PermitsPerMinute</c>, default 30): a customer answering needs
/// two requests, a script guessing tokens or flooding the store gets 429 with Retry-After.
/// </summary>
public static class SurveyRateLimit
{
    public const string PolicyName = "survey";
    public const int DefaultPermitsPerMinute = 30;

    public static IServiceCollection AddSurveyRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Surveys:RateLimit:PermitsPerMinute", DefaultPermitsPerMinute);
        if (permits < 1)
        {
            throw new InvalidOperationException("Surveys:RateLimit:PermitsPerMinute must be at least 1.");
        }

        return services.AddRateLimiter(options =>
        {
            options.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = RejectAsync;
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await TypedResults.Problem(title: "Too many requests", detail: "Too many survey requests from this address; try again in a minute.", statusCode: StatusCodes.Status429TooManyRequests)
            .ExecuteAsync(rejected.HttpContext);
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Simulators.Faults;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Simulators.Segment;

/// <summary>Segment's error shape, and its 429 with Retry-After and X-RateLimit-Reset in seconds.</summary>
internal sealed class SegmentFaults : IVendorFaults
{
    public Task WriteErrorAsync(HttpContext context, int status) => SegmentErrors.WriteAsync(context, status, status switch
    {
        StatusCodes.Status400BadRequest => ("invalid_request", "The request was invalid."),
        StatusCodes.Status401Unauthorized => ("invalid_write_key", "The write key is missing or invalid."),
        StatusCodes.Status429TooManyRequests => ("rate_limited", "Too many requests."),
        >= 500 => ("internal_error", "Segment could not process the request; try again."),
        _ => ("error", "The request failed."),
    });

    public Task WriteRateLimitedAsync(HttpContext context, DateTimeOffset resetAt)
    {
        var now = context.RequestServices.GetRequiredService<SimulatorClock>().Now;
        var seconds = Math.Max(1, (long)Math.Ceiling((resetAt - now).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.RetryAfter = seconds;
        context.Response.Headers["X-RateLimit-Reset"] = seconds;
        return SegmentErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, ("rate_limited", "Too many requests; retry after the reset."));
    }

    /// <summary>The Tracking API authenticates every call with the write key alone: there is no token to expire.</summary>
    public void ExpireTokens()
    {
    }
}

internal static class SegmentErrors
{
    public static async Task WriteAsync(HttpContext context, int status, (string Code, string Message) error)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { success = false, code = error.Code, message = error.Message });
    }
}

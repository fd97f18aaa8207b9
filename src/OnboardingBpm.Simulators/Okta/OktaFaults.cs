using Microsoft.AspNetCore.Http;
using OnboardingBpm.Simulators.Faults;
using OnboardingBpm.Simulators.Okta.Management;
using OnboardingBpm.Simulators.Okta.OAuth;

namespace OnboardingBpm.Simulators.Okta;

/// <summary>Injected faults the Okta way: E0000xxx bodies, <c>X-Rate-Limit-*</c> headers, revoked access tokens.</summary>
internal sealed class OktaFaults(IssuedTokens tokens, RateLimitWindow window) : IVendorFaults
{
    public Task WriteErrorAsync(HttpContext context, int status)
    {
        OktaRequestId.Add(context);
        if (context.Request.Path.StartsWithSegments(ManagementGate.Prefix))
        {
            var (remaining, reset) = window.Take(context.Now());
            RateLimitWindow.WriteHeaders(context.Response, window.Limit, remaining, reset);
        }

        return OktaError.ForStatus(status).WriteAsync(context);
    }

    public Task WriteRateLimitedAsync(HttpContext context, DateTimeOffset resetAt)
    {
        OktaRequestId.Add(context);

        // Okta's reset is whole epoch seconds; rounding up never invites a retry before the limit lifts.
        var reset = (long)Math.Ceiling(resetAt.ToUnixTimeMilliseconds() / 1000.0);
        RateLimitWindow.WriteHeaders(context.Response, window.Limit, 0, reset);
        return OktaError.RateLimited.WriteAsync(context);
    }

    public void ExpireTokens() => tokens.ExpireAccessTokens();
}

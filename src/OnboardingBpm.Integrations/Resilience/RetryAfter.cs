using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace OnboardingBpm.Integrations.Resilience;

/// <summary>Reads how long a vendor asks us to wait: Retry-After (seconds or a date), or a rate-limit reset header.</summary>
public static class RetryAfter
{
    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.Headers.RetryAfter is { } header)
        {
            return header.Delta ?? (header.Date is { } date ? Positive(date - now) : null);
        }

        // Okta sends its rate-limit headers on every response; the reset is a wait only when the limit was hit.
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        return ResetHeader(response.Headers, "X-Rate-Limit-Reset", now) ?? ResetHeader(response.Headers, "X-RateLimit-Reset", now);
    }

    /// <summary>Okta sends the reset as epoch seconds; some APIs send seconds from now. Large values are epochs.</summary>
    private static TimeSpan? ResetHeader(HttpResponseHeaders headers, string name, DateTimeOffset now)
    {
        if (!headers.TryGetValues(name, out var values)
            || !long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return value > 1_000_000_000 ? Positive(DateTimeOffset.FromUnixTimeSeconds(value) - now) : TimeSpan.FromSeconds(value);
    }

    private static TimeSpan Positive(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;
}

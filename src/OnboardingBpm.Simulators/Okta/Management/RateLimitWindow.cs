namespace OnboardingBpm.Simulators.Okta.Management;

/// <summary>The per-minute request budget behind the <c>X-Rate-Limit-*</c> headers of <c>/api/v1</c>.</summary>
internal sealed class RateLimitWindow(int limit)
{
    private readonly Lock gate = new();
    private long windowStart = -1;
    private int used;

    public int Limit { get; } = limit;

    /// <summary>Counts one request; returns what is left and when the window resets (epoch seconds).</summary>
    public (int Remaining, long ResetEpochSeconds) Take(DateTimeOffset now)
    {
        var minute = now.ToUnixTimeSeconds() / 60 * 60;
        lock (gate)
        {
            if (minute != windowStart)
            {
                windowStart = minute;
                used = 0;
            }

            used++;
            return (Math.Max(0, Limit - used), windowStart + 60);
        }
    }

    public static void WriteHeaders(Microsoft.AspNetCore.Http.HttpResponse response, int limit, int remaining, long reset)
    {
        response.Headers["X-Rate-Limit-Limit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["X-Rate-Limit-Remaining"] = remaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["X-Rate-Limit-Reset"] = reset.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

using Microsoft.AspNetCore.Http;

namespace OnboardingBpm.Simulators.Faults;

/// <summary>How a vendor answers when a fault is injected: its own error body and headers.</summary>
public interface IVendorFaults
{
    /// <summary>Writes an error with <paramref name="status"/> the way the vendor does (Salesforce's error array, Okta's E0000xxx object).</summary>
    Task WriteErrorAsync(HttpContext context, int status);

    /// <summary>Writes a 429 with the vendor's rate-limit headers pointing at <paramref name="resetAt"/>.</summary>
    Task WriteRateLimitedAsync(HttpContext context, DateTimeOffset resetAt);

    /// <summary>Makes every access token issued so far invalid, as a session expiry does; the next call gets a 401.</summary>
    void ExpireTokens();
}

using System.Net;

namespace OnboardingBpm.Integrations.Resilience;

/// <summary>
/// A vendor call that failed after the in-call retries. <see cref="IsTransient"/> tells the workflow whether a
/// durable retry can help (an outage, a rate limit) or whether the request itself is wrong (a validation error).
/// <paramref name="transient"/> overrides the status when the vendor's code says more (Salesforce answers a
/// row lock, worth retrying, with a 400 <c>UNABLE_TO_LOCK_ROW</c>).
/// </summary>
public sealed class IntegrationException(string vendor, string message, HttpStatusCode? status = null, string? errorCode = null, Exception? inner = null, bool? transient = null)
    : Exception($"{vendor}: {message}", inner)
{
    public string Vendor { get; } = vendor;

    public HttpStatusCode? Status { get; } = status;

    /// <summary>The vendor's own code: Salesforce's <c>errorCode</c>, Okta's <c>E0000xxx</c>.</summary>
    public string? ErrorCode { get; } = errorCode;

    public bool IsTransient => transient ?? (Status is null || TransientStatuses.IsTransient(Status.Value));
}

public static class TransientStatuses
{
    /// <summary>Statuses worth trying again: server errors, request timeout, rate limiting.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}

using Microsoft.AspNetCore.Http;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>
/// Injected faults in Salesforce's shapes: the error array (with the usage header) under /services/data, the
/// OAuth error object on the token endpoint. Salesforce has no 429: a rate limit is 403 REQUEST_LIMIT_EXCEEDED,
/// with no Retry-After.
/// </summary>
internal sealed class SalesforceFaults : Faults.IVendorFaults
{
    public SalesforceSessions? Sessions { get; set; }

    public Task WriteErrorAsync(HttpContext context, int status)
    {
        if (context.Request.Path.StartsWithSegments(SalesforceTokenEndpoint.Path))
        {
            context.Response.StatusCode = status;
            return context.Response.WriteAsJsonAsync(SalesforceErrors.OAuth("unknown_error", "retry your request"), context.RequestAborted);
        }

        var (code, message) = SalesforceErrors.ForStatus(status);
        return SalesforceDataEndpoint.WriteAsync(context, Sessions!, ApiResult.Error(status, code, message));
    }

    public Task WriteRateLimitedAsync(HttpContext context, DateTimeOffset resetAt) =>
        WriteErrorAsync(context, StatusCodes.Status403Forbidden);

    public void ExpireTokens() => Sessions?.ExpireAll();
}

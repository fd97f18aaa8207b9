using Microsoft.AspNetCore.Http;

namespace OnboardingBpm.Simulators.Okta.OAuth;

/// <summary>
/// Okta's trusted origins (CORS) for the default server: the browser app calls the metadata, keys and token
/// endpoints from its own origin, which is the origin of one of its redirect URIs.
/// </summary>
internal sealed class TrustedOrigins(RequestDelegate next, OktaSimulatorOptions options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0 || !IsTrusted(origin))
        {
            return next(context);
        }

        var headers = context.Response.Headers;
        headers.AccessControlAllowOrigin = origin;
        headers.Vary = "Origin";
        if (HttpMethods.IsOptions(context.Request.Method) && context.Request.Headers.AccessControlRequestMethod.Count > 0)
        {
            headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
            headers.AccessControlAllowHeaders = "Content-Type, Authorization, X-Requested-With";
            headers.AccessControlMaxAge = "600";
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }

        return next(context);
    }

    private bool IsTrusted(string origin) =>
        options.SpaRedirectUris.Exists(uri => Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
            && string.Equals(parsed.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase));
}

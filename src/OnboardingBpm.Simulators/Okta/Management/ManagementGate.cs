using Microsoft.AspNetCore.Http;
using OnboardingBpm.Simulators.Okta.OAuth;

namespace OnboardingBpm.Simulators.Okta.Management;

/// <summary>
/// In front of <c>/api/v1</c>: counts the request against the rate-limit window, writes the
/// <c>X-Rate-Limit-*</c> headers, and accepts an SSWS API token or an org access token with the scope the
/// call needs.
/// </summary>
internal sealed class ManagementGate(RequestDelegate next, OktaSimulatorOptions options, IssuedTokens tokens, RateLimitWindow window)
{
    public const string Prefix = "/api/v1";

    public async Task InvokeAsync(HttpContext context)
    {
        var now = context.Now();
        var (remaining, reset) = window.Take(now);
        RateLimitWindow.WriteHeaders(context.Response, window.Limit, remaining, reset);

        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("SSWS ", StringComparison.OrdinalIgnoreCase))
        {
            if (authorization[5..].Trim() == options.ApiToken)
            {
                await next(context);
                return;
            }
        }
        else if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && tokens.FindAccessToken(authorization[7..].Trim(), now) is { Org: true } token)
        {
            if (RequiredScopes(context.Request).Any(token.Scopes.Contains))
            {
                await next(context);
            }
            else
            {
                context.Response.Headers.WWWAuthenticate = "Bearer error=\"insufficient_scope\", error_description=\"The access token provided does not contain the required scopes.\"";
                await OktaError.PermissionDenied.WriteAsync(context);
            }

            return;
        }

        await OktaError.InvalidToken.WriteAsync(context);
    }

    /// <summary>Any one of these scopes allows the call: a manage scope implies read.</summary>
    private static string[] RequiredScopes(HttpRequest request)
    {
        var read = HttpMethods.IsGet(request.Method);
        var resource = request.Path.StartsWithSegments("/api/v1/groups") ? "groups" : "users";
        return read ? [$"okta.{resource}.read", $"okta.{resource}.manage"] : [$"okta.{resource}.manage"];
    }
}

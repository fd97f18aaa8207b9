using System.Security.Claims;

namespace OnboardingBpm.Server.Security;

/// <summary>
/// A token from the client-credentials grant: an external system, not a person. Okta gives it no <c>uid</c> and
/// sets <c>sub</c> to the client id; its rights are its scopes, never roles.
/// </summary>
public static class MachineClient
{
    public static bool Is(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirst("uid") is null && user.FindFirst("cid")?.Value == user.FindFirst("sub")?.Value;

    public static bool HasScope(ClaimsPrincipal user, string scope) =>
        Is(user) && user.FindAll("scp").Any(c => c.Value.Split(' ').Contains(scope, StringComparer.Ordinal));
}

using System.Security.Claims;
using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Account;

/// <summary>
/// <c>GET /api/me</c>: the caller's roles and segments as the server resolves them from their Okta groups, so the
/// browser app shows each role its screens without knowing the group mapping.
/// </summary>
public static class AccountEndpoints
{
    public sealed record Me(string User, IReadOnlyList<string> Roles, IReadOnlyList<string> Segments, bool SeesAllSegments);

    public static void MapAccount(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me", Handle).WithName("Me").WithTags("Account").RequireAuthorization(Policies.AnyRole);

    private static Ok<Me> Handle(ClaimsPrincipal user)
    {
        var grant = user.Grant();
        return TypedResults.Ok(new Me(user.Identity!.Name!, grant.Roles, grant.Segments, grant.SeesAllSegments));
    }
}

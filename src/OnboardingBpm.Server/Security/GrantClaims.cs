using System.Security.Claims;
using OnboardingBpm.Onboarding.Access;

namespace OnboardingBpm.Server.Security;

/// <summary>Roles and segments travel as claims once the token is validated; endpoints read them back as an <see cref="AccessGrant"/>.</summary>
public static class GrantClaims
{
    public const string Role = "role";
    public const string Segment = "segment";

    /// <summary>Adds the roles and segments the user's Okta groups give (and nothing for a machine client).</summary>
    public static void Apply(ClaimsPrincipal user, GroupMapping mapping, string groupsClaim)
    {
        if (user.Identity is not ClaimsIdentity identity || MachineClient.Is(user))
        {
            return;
        }

        var grant = mapping.Resolve(user.FindAll(groupsClaim).Select(c => c.Value));
        identity.AddClaims(grant.Roles.Select(r => new Claim(Role, r)));
        identity.AddClaims(grant.Segments.Select(s => new Claim(Segment, s)));
    }

    public static AccessGrant Grant(this ClaimsPrincipal user) =>
        new(user.FindAll(Role).Select(c => c.Value).ToList(), user.FindAll(Segment).Select(c => c.Value).ToList());
}

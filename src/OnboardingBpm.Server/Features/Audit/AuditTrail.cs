using System.Security.Claims;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Audit;

/// <summary>Writes who read or changed which customer's data: the token's subject, their roles, the data's segment.</summary>
internal static class AuditTrail
{
    public static Task RecordAsync(this IAuditLog audit, ClaimsPrincipal user, TimeProvider time, AuditAction action, string resourceKind, string resourceId, string? segment, CancellationToken cancellationToken, string? detail = null) =>
        audit.AppendAsync(
            new AuditEntry
            {
                At = time.GetUtcNow(),
                Actor = Actor(user),
                Role = Roles(user),
                Segment = segment,
                Action = action,
                ResourceKind = resourceKind,
                ResourceId = resourceId,
                Detail = detail,
            },
            cancellationToken);

    public static string Actor(ClaimsPrincipal user) => user.FindFirst("sub")?.Value ?? "unknown";

    public static string Roles(ClaimsPrincipal user) => string.Join(",", user.Grant().Roles);
}

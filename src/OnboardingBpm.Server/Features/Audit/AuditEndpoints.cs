using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Audit;

public static class AuditEndpoints
{
    public static void MapAudit(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/audit").WithTags("Audit log").RequireAuthorization(Policies.Administer);
        audit.MapGet("/", ListAuditEntries.HandleAsync).WithName("ListAuditEntries");
    }
}

using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Escalations;

public static class EscalationEndpoints
{
    public static void MapEscalations(this IEndpointRouteBuilder app)
    {
        var escalations = app.MapGroup("/api/escalations").WithTags("Escalations").RequireAuthorization(Policies.ReadCases);
        escalations.MapGet("/", ListEscalations.HandleAsync).WithName("ListEscalations");
    }
}

using System.Security.Claims;
using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Server.Features.Audit;
using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Cases;

/// <summary>One case with its contact (decrypted) and timeline. A case outside the caller's segments is answered as missing.</summary>
public static class GetCase
{
    public sealed record CaseDetail(OnboardingCase Case, IReadOnlyList<CaseEvent> Timeline);

    public static async Task<Ok<CaseDetail>> HandleAsync(string caseId, ClaimsPrincipal user, ICaseStore cases, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var scope = user.Grant().Scope();
        var found = await cases.FindAsync(caseId, scope, cancellationToken) ?? throw new WorkflowNotFoundException($"Case {caseId} does not exist.");
        var timeline = await cases.TimelineAsync(caseId, scope, cancellationToken);
        await audit.RecordAsync(user, time, AuditAction.Read, AuditResources.Case, found.Id, found.Segment, cancellationToken);
        return TypedResults.Ok(new CaseDetail(found, timeline));
    }
}

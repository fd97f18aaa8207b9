using OnboardingBpm.Onboarding.Cases;

namespace OnboardingBpm.Server.Features.Cases;

/// <summary>
/// A case as lists show it: every field but the contact. Lists carry no personal data, so only opening one case
/// (or customer) is a read the audit log records, and the log names each customer actually looked at.
/// </summary>
public sealed record CaseSummary(
    string Id,
    string CustomerId,
    string Segment,
    string? SalesforceCaseId,
    OnboardingPhase Phase,
    CaseStatus Status,
    int HealthScore,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? CreatedInCrmAt,
    DateTimeOffset? FirstContactAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ActiveAt,
    bool IsEscalated,
    string? WorkflowInstanceId)
{
    public static CaseSummary From(OnboardingCase c) => new(
        c.Id, c.CustomerId, c.Segment, c.SalesforceCaseId, c.Phase, c.Status, c.HealthScore, c.SubmittedAt,
        c.CreatedInCrmAt, c.FirstContactAt, c.ResolvedAt, c.ActiveAt, c.IsEscalated, c.WorkflowInstanceId);
}

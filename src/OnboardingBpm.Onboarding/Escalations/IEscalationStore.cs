using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Escalations;

public interface IEscalationStore
{
    /// <summary>Returns false when the subject was escalated already (each subject is escalated once).</summary>
    Task<bool> AddAsync(Escalation escalation, CancellationToken cancellationToken = default);

    Task<Escalation?> FindAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default);

    Task<Escalation?> FindBySubjectAsync(EscalationSubject kind, string subjectId, SegmentScope scope, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<Page<Escalation>> ListAsync(EscalationQuery query, CancellationToken cancellationToken = default);

    /// <summary>Returns false when unknown, outside the scope, or acknowledged already.</summary>
    Task<bool> AcknowledgeAsync(string id, string by, DateTimeOffset at, SegmentScope scope, CancellationToken cancellationToken = default);
}

public sealed record EscalationQuery(SegmentScope Scope)
{
    public string? CustomerId { get; init; }
    public bool OpenOnly { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}

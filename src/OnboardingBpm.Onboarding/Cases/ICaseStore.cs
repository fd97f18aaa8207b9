using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Cases;

public interface ICaseStore
{
    /// <summary>Inserts or replaces the case.</summary>
    /// <exception cref="DuplicateTransactionException">Another case has the same transaction id.</exception>
    Task SaveAsync(OnboardingCase onboardingCase, CancellationToken cancellationToken = default);

    Task<OnboardingCase?> FindAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default);

    Task<OnboardingCase?> FindByTransactionIdAsync(string transactionId, SegmentScope scope, CancellationToken cancellationToken = default);

    /// <summary>Newest submission first.</summary>
    Task<Page<OnboardingCase>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default);

    /// <summary>Returns false when the case does not exist.</summary>
    Task<bool> AppendEventAsync(string caseId, CaseEvent caseEvent, CancellationToken cancellationToken = default);

    /// <summary>The timeline, oldest first; empty when the case is unknown or outside the scope.</summary>
    Task<IReadOnlyList<CaseEvent>> TimelineAsync(string caseId, SegmentScope scope, CancellationToken cancellationToken = default);

    /// <summary>Turns the contact of every case of the customer into a tombstone; returns how many cases changed.</summary>
    Task<int> ErasePersonalDataAsync(string customerId, CancellationToken cancellationToken = default);
}

public sealed record CaseQuery(SegmentScope Scope)
{
    public string? CustomerId { get; init; }
    public CaseStatus? Status { get; init; }
    public OnboardingPhase? Phase { get; init; }
    public DateTimeOffset? SubmittedFrom { get; init; }
    public DateTimeOffset? SubmittedTo { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}

public sealed class DuplicateTransactionException(string transactionId, Exception? inner = null)
    : Exception($"A case with transaction id '{transactionId}' exists already.", inner)
{
    public string TransactionId { get; } = transactionId;
}

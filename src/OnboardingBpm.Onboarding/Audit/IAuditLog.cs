using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Audit;

/// <summary>Append-only: there is deliberately no way to change or remove an entry through this contract.</summary>
public interface IAuditLog
{
    /// <summary>Returns false when an entry with this id exists; the first one is kept unchanged.</summary>
    Task<bool> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<Page<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);
}

/// <summary>Entries without a segment (not about one customer) are only visible to <see cref="SegmentScope.All"/>.</summary>
public sealed record AuditQuery(SegmentScope Scope)
{
    public string? ResourceKind { get; init; }
    public string? ResourceId { get; init; }
    public string? Actor { get; init; }
    public AuditAction? Action { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}

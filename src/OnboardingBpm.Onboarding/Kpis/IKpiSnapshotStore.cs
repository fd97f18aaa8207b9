using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>
/// The KPI history: one snapshot per period, segment and KPI. A period is saved whole, once; the pseudo-segment
/// "all" aggregates every segment, so only a scope of every segment includes it.
/// </summary>
public interface IKpiSnapshotStore
{
    /// <summary>
    /// Saves one period's snapshots together. Returns false and saves nothing when the period has snapshots
    /// already (the second run of a report, or a concurrent one), so the first report of a period stays.
    /// </summary>
    Task<bool> SaveReportAsync(IReadOnlyList<KpiSnapshot> snapshots, CancellationToken cancellationToken = default);

    /// <summary>The period's snapshots in the scope (segment, then KPI); empty when it was not reported.</summary>
    Task<IReadOnlyList<KpiSnapshot>> FindPeriodAsync(DateTimeOffset periodStart, SegmentScope scope, CancellationToken cancellationToken = default);

    /// <summary>Newest period first, then segment and KPI.</summary>
    Task<Page<KpiSnapshot>> ListAsync(KpiSnapshotQuery query, CancellationToken cancellationToken = default);
}

public sealed record KpiSnapshotQuery(SegmentScope Scope)
{
    /// <summary>One segment, or "all"; null for every segment of the scope.</summary>
    public string? Segment { get; init; }

    /// <summary>Periods starting at or after this instant.</summary>
    public DateTimeOffset? StartFrom { get; init; }

    /// <summary>Periods starting before this instant.</summary>
    public DateTimeOffset? StartBefore { get; init; }

    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}

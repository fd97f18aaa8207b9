using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Kpis;

public sealed class InMemoryKpiSnapshotStore : IKpiSnapshotStore
{
    private readonly Lock gate = new();
    private readonly List<KpiSnapshot> snapshots = [];

    public Task<bool> SaveReportAsync(IReadOnlyList<KpiSnapshot> report, CancellationToken cancellationToken = default)
    {
        var periods = report.Select(s => s.PeriodStart).ToHashSet();
        lock (gate)
        {
            if (snapshots.Any(s => periods.Contains(s.PeriodStart)))
            {
                return Task.FromResult(false);
            }

            snapshots.AddRange(report);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<KpiSnapshot>> FindPeriodAsync(DateTimeOffset periodStart, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<KpiSnapshot> period = Ordered(snapshots.Where(s => s.PeriodStart == periodStart && scope.Includes(s.Segment))).ToList();
            return Task.FromResult(period);
        }
    }

    public Task<Page<KpiSnapshot>> ListAsync(KpiSnapshotQuery query, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(Ordered(snapshots
                    .Where(s => query.Scope.Includes(s.Segment))
                    .Where(s => query.Segment is null || s.Segment == query.Segment)
                    .Where(s => query.StartFrom is not { } from || s.PeriodStart >= from)
                    .Where(s => query.StartBefore is not { } before || s.PeriodStart < before))
                .ToPage(query.Skip, query.Take));
        }
    }

    // The KPI by name, as the database orders its text column.
    private static IEnumerable<KpiSnapshot> Ordered(IEnumerable<KpiSnapshot> rows) =>
        rows.OrderByDescending(s => s.PeriodStart).ThenBy(s => s.Segment, StringComparer.Ordinal).ThenBy(s => s.Kpi.ToString(), StringComparer.Ordinal);
}

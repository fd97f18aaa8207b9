using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Stores.Onboarding;

public sealed class EfKpiSnapshotStore(WorkflowContexts contexts) : IKpiSnapshotStore
{
    public async Task<bool> SaveReportAsync(IReadOnlyList<KpiSnapshot> snapshots, CancellationToken cancellationToken = default)
    {
        var periods = snapshots.Select(s => s.PeriodStart).Distinct().ToList();
        if (await AnyOfAsync(periods, cancellationToken))
        {
            return false;
        }

        await using var db = contexts.Create();
        db.KpiSnapshots.AddRange(snapshots.Select(ToRow));
        try
        {
            // One SaveChanges is one transaction: a period is stored whole or not at all.
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The key: another run stored the period a moment earlier.
            if (await AnyOfAsync(periods, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    public async Task<IReadOnlyList<KpiSnapshot>> FindPeriodAsync(DateTimeOffset periodStart, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = await Ordered(db.KpiSnapshots.AsNoTracking().InScope(scope).Where(s => s.PeriodStart == periodStart)).ToListAsync(cancellationToken);
        return rows.Select(FromRow).ToList();
    }

    public async Task<Page<KpiSnapshot>> ListAsync(KpiSnapshotQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = db.KpiSnapshots.AsNoTracking().InScope(query.Scope);
        if (query.Segment is { } segment)
        {
            rows = rows.Where(s => s.Segment == segment);
        }

        if (query.StartFrom is { } from)
        {
            rows = rows.Where(s => s.PeriodStart >= from);
        }

        if (query.StartBefore is { } before)
        {
            rows = rows.Where(s => s.PeriodStart < before);
        }

        return await Ordered(rows).PageAsync(query.Skip, query.Take, FromRow, cancellationToken);
    }

    private async Task<bool> AnyOfAsync(List<DateTimeOffset> periods, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.KpiSnapshots.AnyAsync(s => periods.Contains(s.PeriodStart), cancellationToken);
    }

    private static IOrderedQueryable<KpiSnapshotRow> Ordered(IQueryable<KpiSnapshotRow> rows) =>
        rows.OrderByDescending(s => s.PeriodStart).ThenBy(s => s.Segment).ThenBy(s => s.Kpi);

    private static KpiSnapshotRow ToRow(KpiSnapshot snapshot) => new()
    {
        PeriodStart = snapshot.PeriodStart,
        PeriodEnd = snapshot.PeriodEnd,
        Segment = snapshot.Segment,
        Kpi = snapshot.Kpi.ToString(),
        Value = snapshot.Value,
        SampleSize = snapshot.SampleSize,
        Target = snapshot.Target,
        TargetComparison = snapshot.TargetComparison,
        Status = snapshot.Status.ToString(),
        ComputedAt = snapshot.ComputedAt,
        ReportId = snapshot.ReportId,
    };

    private static KpiSnapshot FromRow(KpiSnapshotRow row) => new()
    {
        PeriodStart = row.PeriodStart,
        PeriodEnd = row.PeriodEnd,
        Segment = row.Segment,
        Kpi = Enum.Parse<Kpi>(row.Kpi),
        Value = row.Value,
        SampleSize = row.SampleSize,
        Target = row.Target,
        TargetComparison = row.TargetComparison,
        Status = Enum.Parse<KpiStatus>(row.Status),
        ComputedAt = row.ComputedAt,
        ReportId = row.ReportId,
    };
}

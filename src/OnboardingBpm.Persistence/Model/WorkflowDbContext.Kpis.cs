using Microsoft.EntityFrameworkCore;

namespace OnboardingBpm.Persistence.Model;

/// <summary>The KPI history: the snapshots each biweekly report stored.</summary>
public abstract partial class WorkflowDbContext
{
    public DbSet<KpiSnapshotRow> KpiSnapshots => Set<KpiSnapshotRow>();

    private static void ConfigureKpis(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KpiSnapshotRow>(e =>
        {
            e.ToTable("kpi_snapshots");
            // The key makes a period's second save fail as a whole: the first report of a period stays.
            e.HasKey(x => new { x.PeriodStart, x.Segment, x.Kpi });
            e.HasIndex(x => new { x.Segment, x.PeriodStart });
            e.Property(x => x.Segment).HasMaxLength(40);
            e.Property(x => x.Kpi).HasMaxLength(40);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.TargetComparison).HasMaxLength(2);
            e.Property(x => x.ReportId).HasMaxLength(80);
        });
    }
}

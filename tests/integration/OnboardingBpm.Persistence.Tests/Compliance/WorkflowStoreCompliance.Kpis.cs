using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Kpis;

namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>The KPI history: a period is stored once, whole; reads are scoped and filtered in the query.</summary>
public abstract partial class WorkflowStoreCompliance
{
    private static readonly DateTimeOffset January5 = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    private IKpiSnapshotStore KpiSnapshots => Service<IKpiSnapshotStore>();

    [Fact]
    public async Task a_period_is_stored_once_even_when_its_report_is_saved_concurrently()
    {
        var runs = Enumerable.Range(1, 5).Select(i => Period(January5, $"report-{i}")).ToList();

        var saved = await Task.WhenAll(runs.Select(run => Task.Run(() => KpiSnapshots.SaveReportAsync(run))));

        var winner = runs[Assert.Single(Enumerable.Range(0, 5), i => saved[i])][0].ReportId;
        var stored = await KpiSnapshots.FindPeriodAsync(January5, SegmentScope.All);
        Assert.Equal(Period(January5, winner).Count, stored.Count);
        Assert.All(stored, s => Assert.Equal(winner, s.ReportId));
        Assert.False(await KpiSnapshots.SaveReportAsync(Period(January5, "later")));
        Assert.Equal(stored.Count, (await KpiSnapshots.ListAsync(new KpiSnapshotQuery(SegmentScope.All))).Total);
    }

    [Fact]
    public async Task a_snapshot_keeps_its_exact_value_target_and_no_data()
    {
        await KpiSnapshots.SaveReportAsync(Period(January5, "r"));

        var stored = await KpiSnapshots.FindPeriodAsync(January5, SegmentScope.All);

        Assert.Equal(Period(January5, "r").OrderBy(s => s.Segment, StringComparer.Ordinal).ThenBy(s => s.Kpi.ToString(), StringComparer.Ordinal), stored);
        var fcr = Assert.Single(stored, s => s.Segment == KpiSegments.All && s.Kpi == Kpi.FirstContactResolution);
        Assert.Equal(200m / 3, fcr.Value);
        Assert.Null(Assert.Single(stored, s => s.Segment == KpiSegments.All && s.Kpi == Kpi.CustomerSatisfaction).Value);
    }

    [Fact]
    public async Task the_history_is_newest_period_first_filtered_by_segment_and_period_and_never_shows_all_to_a_segment_scope()
    {
        var periods = new[] { January5, January5.AddDays(14), January5.AddDays(28) };
        foreach (var start in periods)
        {
            await KpiSnapshots.SaveReportAsync(Period(start, "r-" + start.Day));
        }

        var smbOnly = await KpiSnapshots.ListAsync(new KpiSnapshotQuery(SegmentScope.Only(Segments.Smb)));
        var allSegment = await KpiSnapshots.ListAsync(new KpiSnapshotQuery(SegmentScope.All) { Segment = KpiSegments.All, StartFrom = periods[1], StartBefore = periods[2], Take = 2 });
        var smbAsksAll = await KpiSnapshots.ListAsync(new KpiSnapshotQuery(SegmentScope.Only(Segments.Smb)) { Segment = KpiSegments.All });

        Assert.Equal(12, smbOnly.Total);
        Assert.All(smbOnly.Items, s => Assert.Equal(Segments.Smb, s.Segment));
        Assert.Equal(periods.Reverse().SelectMany(p => Enumerable.Repeat(p, 4)), smbOnly.Items.Select(s => s.PeriodStart));
        Assert.Equal(4, allSegment.Total);
        Assert.Equal([Kpi.CustomerSatisfaction, Kpi.FirstContactResolution], allSegment.Items.Select(s => s.Kpi));
        Assert.All(allSegment.Items, s => Assert.Equal(periods[1], s.PeriodStart));
        Assert.Equal(0, smbAsksAll.Total);
        Assert.Empty(await KpiSnapshots.FindPeriodAsync(January5, SegmentScope.Only(Segments.Enterprise)));
    }

    /// <summary>A period's report for "all" and smb: every KPI, with a repeating decimal, a no-data value and a missing target.</summary>
    private List<KpiSnapshot> Period(DateTimeOffset start, string reportId) =>
        [.. new[] { KpiSegments.All, Segments.Smb }.SelectMany(segment => KpiDescriptions.All.Select(kpi => new KpiSnapshot
        {
            PeriodStart = start,
            PeriodEnd = start.AddDays(14),
            Segment = segment,
            Kpi = kpi,
            Value = kpi switch { Kpi.FirstContactResolution => 200m / 3, Kpi.CustomerSatisfaction => null, Kpi.OnboardingTime => 12.5m, _ => 100m },
            SampleSize = kpi == Kpi.CustomerSatisfaction ? 0 : 3,
            Target = kpi == Kpi.OnboardingTime ? null : 85m,
            TargetComparison = kpi == Kpi.OnboardingTime ? null : ">=",
            Status = kpi switch { Kpi.FirstContactResolution => KpiStatus.OffTarget, Kpi.CustomerSatisfaction => KpiStatus.NoData, Kpi.OnboardingTime => KpiStatus.NoTarget, _ => KpiStatus.OnTarget },
            ComputedAt = Engine.Clock.GetUtcNow(),
            ReportId = reportId,
        }))];
}

using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Onboarding.Kpis;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

public sealed class InMemoryKpiSnapshotStoreTests
{
    private static readonly ReportingPeriod January5 = Facts.First;

    [Fact]
    public async Task a_second_report_of_a_period_stores_nothing_and_the_first_stays()
    {
        var store = new InMemoryKpiSnapshotStore();
        var first = KpiSnapshot.From(Report(January5), "first", January5.End);

        Assert.True(await store.SaveReportAsync(first));
        Assert.False(await store.SaveReportAsync(KpiSnapshot.From(Report(January5), "second", January5.End.AddDays(7))));
        Assert.True(await store.SaveReportAsync(KpiSnapshot.From(Report(January5.Next()), "next", January5.Next().End)));

        var stored = await store.FindPeriodAsync(January5.Start, SegmentScope.All);
        Assert.Equal(first.Count, stored.Count);
        Assert.All(stored, s => Assert.Equal("first", s.ReportId));
    }

    [Fact]
    public async Task an_agents_scope_sees_their_segments_but_not_the_all_aggregate()
    {
        var store = new InMemoryKpiSnapshotStore();
        await store.SaveReportAsync(KpiSnapshot.From(Report(January5), "r", January5.End));
        var agent = new AccessGrant([Roles.Agent], [Segments.Smb]).Scope();

        var page = await store.ListAsync(new KpiSnapshotQuery(agent));

        Assert.Equal(4, page.Total);
        Assert.All(page.Items, s => Assert.Equal(Segments.Smb, s.Segment));
        Assert.Equal(0, (await store.ListAsync(new KpiSnapshotQuery(agent) { Segment = KpiSegments.All })).Total);
        Assert.Equal(16, (await store.ListAsync(new KpiSnapshotQuery(SegmentScope.All))).Total);
    }

    [Fact]
    public void a_snapshot_keeps_the_reports_value_target_and_status()
    {
        var facts = new KpiFacts { Resolutions = [new ResolutionFact("t-1", Segments.Smb, January5.Start.AddDays(1), true), new ResolutionFact("t-2", Segments.Smb, January5.Start.AddDays(1), false)] };
        var report = KpiReportBuilder.Build(January5, facts, Segments.All, new KpiOptions());

        var fcr = Assert.Single(KpiSnapshot.From(report, "r", January5.End), s => s.Segment == Segments.Smb && s.Kpi == Kpi.FirstContactResolution);

        Assert.Equal((50m, 2, 85m, ">=", KpiStatus.OffTarget), (fcr.Value, fcr.SampleSize, fcr.Target, fcr.TargetComparison, fcr.Status));
        Assert.Equal(January5, fcr.Period);
    }

    private static KpiReport Report(ReportingPeriod period) => KpiReportBuilder.Build(period, new KpiFacts(), Segments.All, new KpiOptions());
}

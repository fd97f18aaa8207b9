using OnboardingBpm.Onboarding.Kpis;
using static OnboardingBpm.Onboarding.Tests.Kpis.Facts;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

public sealed class KpiReportBuilderTests
{
    private static readonly KpiOptions Options = new() { Targets = { OnboardingBaselineDays = 20, CsatBaselinePercent = 70 } };

    [Fact]
    public void the_report_has_all_segments_first_then_the_known_ones_then_others_the_facts_name()
    {
        var facts = new KpiFacts { Surveys = [Survey("partner", 1, 5), Survey("SMB", 2, 4)] };

        var report = KpiReportBuilder.Build(Second, facts, ["enterprise", "smb"], Options);

        Assert.Equal(["all", "enterprise", "smb", "partner"], report.Segments.Select(s => s.Segment));
        Assert.All(report.Segments, s => Assert.Equal(KpiDescriptions.All, s.Results.Select(r => r.Kpi)));
    }

    [Fact]
    public void each_segment_is_computed_from_its_own_facts_and_compared_with_its_previous_period()
    {
        var facts = new KpiFacts
        {
            Onboardings = [Case("smb", submittedDay: 0, activeDay: 10), Case("enterprise", submittedDay: 0, activeDay: 25)],
            Resolutions =
            [
                Resolution("smb", Day(3), firstContact: false),
                Resolution("smb", Day(16), firstContact: true),
                Resolution("enterprise", Day(17), firstContact: false),
            ],
        };

        var report = KpiReportBuilder.Build(Second, facts, ["enterprise", "smb"], Options);

        var smb = report.Segment("smb")[Kpi.FirstContactResolution];
        Assert.Equal(100m, smb.Current.Value);
        Assert.Equal(0m, smb.Previous.Value);
        Assert.Equal(KpiTrend.Improved, smb.Trend);
        Assert.Equal(KpiStatus.OnTarget, smb.Status);
        Assert.Equal(KpiStatus.OffTarget, report.Segment("enterprise")[Kpi.FirstContactResolution].Status);
        Assert.Equal(50m, report.Segment("all")[Kpi.FirstContactResolution].Current.Value);
        Assert.Equal(KpiStatus.NoData, report.Segment("smb")[Kpi.OnboardingTime].Status);
        Assert.Equal(10m, report.Segment("smb")[Kpi.OnboardingTime].Previous.Value);
        Assert.Equal(KpiStatus.OffTarget, report.Segment("enterprise")[Kpi.OnboardingTime].Status);
    }

    [Fact]
    public void an_empty_period_reports_no_data_for_every_kpi_of_every_segment()
    {
        var report = KpiReportBuilder.Build(First, new KpiFacts(), ["enterprise"], Options);

        Assert.All(report.Results, r => Assert.Equal(KpiStatus.NoData, r.Result.Status));
        Assert.Empty(report.OffTarget);
    }

    [Fact]
    public void off_target_kpis_are_listed_with_their_segment()
    {
        var facts = new KpiFacts { Slas = [Sla("enterprise", resolvedDay: null, escalatedDay: 3), Sla("smb", resolvedDay: 2, escalatedDay: null)] };

        var report = KpiReportBuilder.Build(First, facts, ["enterprise", "smb"], Options);

        Assert.Equal([("all", Kpi.SlaAttainment), ("enterprise", Kpi.SlaAttainment)], report.OffTarget.Select(o => (o.Segment, o.Result.Kpi)));
    }

    [Fact]
    public void the_configured_reopen_window_reaches_the_fcr_calculation()
    {
        var facts = new KpiFacts { Resolutions = [Resolution("smb", Day(1), firstContact: true, reopenedAt: Day(4))] };

        var fiveDays = KpiReportBuilder.Build(First, facts, [], Options);
        var twoDays = KpiReportBuilder.Build(First, facts, [], new KpiOptions { FcrReopenWindow = TimeSpan.FromDays(2) });

        Assert.Equal(0m, fiveDays.Segment("smb")[Kpi.FirstContactResolution].Current.Value);
        Assert.Equal(100m, twoDays.Segment("smb")[Kpi.FirstContactResolution].Current.Value);
    }

    [Fact]
    public void the_report_files_are_named_after_the_first_day_of_the_period()
    {
        Assert.Equal("kpi-report-2026-01-19", KpiReportBuilder.Build(Second, new KpiFacts(), [], Options).FileStem);
    }
}

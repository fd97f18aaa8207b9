using OnboardingBpm.Onboarding.Kpis;
using static OnboardingBpm.Onboarding.Tests.Kpis.Facts;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

public sealed class KpiReportCsvTests
{
    private static readonly KpiOptions Options = new() { Targets = { OnboardingBaselineDays = 20 } };

    [Fact]
    public void the_csv_has_a_header_and_one_crlf_terminated_row_per_segment_and_kpi()
    {
        var report = KpiReportBuilder.Build(First, new KpiFacts(), ["smb"], Options);

        var lines = KpiReportCsv.Format(report).Split("\r\n");

        Assert.Equal("period_start,period_end,segment,kpi,unit,value,sample_size,target,status,previous_value,change,trend", lines[0]);
        Assert.Equal(1 + 2 * 4, lines.Length - 1);
        Assert.Equal("", lines[^1]);
        Assert.Equal("2026-01-05,2026-01-18,all,Onboarding time (median),days,,0,<= 12,no data,,,no comparison", lines[1]);
    }

    [Fact]
    public void values_are_numbers_with_at_most_two_decimals_and_the_unit_in_its_own_column()
    {
        var facts = new KpiFacts
        {
            Resolutions = [Resolution("smb", Day(15), true), Resolution("smb", Day(16), true), Resolution("smb", Day(17), false), Resolution("smb", Day(1), true)],
        };
        var report = KpiReportBuilder.Build(Second, facts, [], Options);

        var row = KpiReportCsv.Format(report).Split("\r\n").Single(l => l.StartsWith("2026-01-19,2026-02-01,smb,First-contact", StringComparison.Ordinal));

        Assert.Equal("2026-01-19,2026-02-01,smb,First-contact resolution,%,66.67,3,>= 85,off target,100,-33.33,worsened", row);
    }

    [Fact]
    public void a_segment_name_with_a_comma_or_quotes_is_quoted_with_its_quotes_doubled()
    {
        var facts = new KpiFacts { Surveys = [Survey("Acme, \"Gold\" tier", 1, 5)] };
        var report = KpiReportBuilder.Build(First, facts, [], Options);

        var csv = KpiReportCsv.Format(report);

        Assert.Contains("2026-01-05,2026-01-18,\"Acme, \"\"Gold\"\" tier\",CSAT,%,100,1,,no target,,,no comparison\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void the_same_report_gives_byte_identical_csv()
    {
        var facts = new KpiFacts { Surveys = [Survey("smb", 1, 5)] };

        Assert.Equal(
            KpiReportCsv.Format(KpiReportBuilder.Build(First, facts, ["smb"], Options)),
            KpiReportCsv.Format(KpiReportBuilder.Build(First, facts, ["smb"], Options)));
    }
}

using System.Text.Json.Nodes;
using OnboardingBpm.Integrations.Email.Templates;
using OnboardingBpm.Onboarding.Kpis;
using static OnboardingBpm.Onboarding.Tests.Kpis.Facts;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

public sealed class KpiReportMailModelTests
{
    private static readonly KpiOptions Options = new() { Targets = { OnboardingBaselineDays = 20, CsatBaselinePercent = 70 } };

    private static readonly KpiFacts SomeFacts = new()
    {
        Onboardings = [Case("smb", submittedDay: 0, activeDay: 9.5)],
        Surveys = [Survey("enterprise", 2, 5), Survey("enterprise", 3, 2)],
    };

    [Fact]
    public void the_model_has_the_template_fields_with_values_in_their_units()
    {
        var model = KpiReportMailModel.Create(KpiReportBuilder.Build(First, SomeFacts, ["enterprise", "smb"], Options));

        Assert.Equal("2026-01-05 to 2026-01-18", (string?)model["period"]);
        Assert.Equal(12, model["kpis"]!.AsArray().Count);
        var csat = Entry(model, "enterprise", Kpi.CustomerSatisfaction);
        Assert.Equal("CSAT, enterprise", (string?)csat["name"]);
        Assert.Equal("50%", (string?)csat["value"]);
        Assert.Equal("at least 84%", (string?)csat["target"]);
        Assert.Equal("off target", (string?)csat["status"]);
        var time = Entry(model, "all", Kpi.OnboardingTime);
        Assert.Equal("Onboarding time (median), all segments", (string?)time["name"]);
        Assert.Equal("9.5 days", (string?)time["value"]);
        Assert.Equal("at most 12 days", (string?)time["target"]);
        Assert.Equal("on target", (string?)time["status"]);
        Assert.Equal("no data", (string?)Entry(model, "smb", Kpi.FirstContactResolution)["value"]);
        Assert.Equal(2, (int?)model["offTarget"]);
    }

    [Fact]
    public void the_shipped_kpi_report_template_renders_every_kpi_of_every_segment()
    {
        var report = KpiReportBuilder.Build(First, SomeFacts, ["enterprise", "smb"], Options);

        var rendered = new KpiReportRenderer(RepositoryTemplates.Templates()).Render(report);

        Assert.Equal("KPI report 2026-01-05 to 2026-01-18", rendered.Subject);
        Assert.Contains("- CSAT, enterprise: 50% (target at least 84%) off target", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("- SLA attainment, smb: no data (target at least 95%) no data", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("<td>Onboarding time (median), all segments</td><td align=\"right\">9.5 days</td><td align=\"right\">at most 12 days</td><td>on target</td>", rendered.Html, StringComparison.Ordinal);
        Assert.Equal(KpiReportCsv.Format(report), rendered.Csv);
        Assert.Equal("kpi-report-2026-01-05.csv", rendered.CsvAttachment.FileName);
        Assert.Equal("text/csv", rendered.CsvAttachment.ContentType);
    }

    [Fact]
    public void a_template_folder_without_the_html_part_is_reported_by_name()
    {
        var folder = Directory.CreateTempSubdirectory("kpi-templates-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "kpi-report.subject.hbs"), "KPI report {{period}}");
            File.WriteAllText(Path.Combine(folder.FullName, "kpi-report.txt.hbs"), "{{period}}");

            var error = Assert.Throws<MailTemplateNotFoundException>(() =>
                new KpiReportRenderer(RepositoryTemplates.Templates(folder.FullName)).Render(KpiReportBuilder.Build(First, new KpiFacts(), [], Options)));

            Assert.Contains("kpi-report.html.hbs", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static JsonNode Entry(JsonObject model, string segment, Kpi kpi) =>
        model["kpis"]!.AsArray().Single(k => (string?)k!["segment"] == segment && (string?)k["kpi"] == kpi.ToString())!;
}

using System.Text;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Integrations.Email.Templates;

namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>Renders a report once for both destinations: the stakeholders' mail and the report folder.</summary>
public sealed class KpiReportRenderer(MailTemplates templates)
{
    public const string TemplateName = "kpi-report";

    /// <exception cref="MailTemplateNotFoundException">The kpi-report template is missing.</exception>
    public RenderedKpiReport Render(KpiReport report)
    {
        var mail = templates.Render(TemplateName, KpiReportMailModel.Create(report));
        var html = mail.Html ?? throw new MailTemplateNotFoundException(
            $"Email template '{TemplateName}' has no HTML part ({TemplateName}.html.hbs): the report folder needs one.");
        return new RenderedKpiReport(report.FileStem, mail.Subject, html, mail.Text, KpiReportCsv.Format(report));
    }
}

/// <summary>A rendered report: the mail's subject and bodies, and the CSV; files are named from <see cref="FileStem"/>.</summary>
public sealed record RenderedKpiReport(string FileStem, string Subject, string Html, string? Text, string Csv)
{
    public MailAttachment CsvAttachment => new($"{FileStem}.csv", Integrations.Email.Attachments.Csv.ContentType, Encoding.UTF8.GetBytes(Csv));
}

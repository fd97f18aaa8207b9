using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

/// <summary>
/// The biweekly KPI report of the last completed period: computed from the domain stores, stored as snapshots
/// (once per period), written to the report folder, and handed to the next steps as a mail model with the CSV.
/// A period stored by an earlier run is AlreadyReported, so a weekly cron reports each 14-day period once.
/// </summary>
[Activity("ProduceKpiReport", OnboardingActivities.Category, "Produce KPI report",
    Description = "Reports the last completed 14-day period: stores its KPI snapshots, writes the CSV and HTML to the report folder (Kpis:ReportFolder) and outputs the kpi-report mail model. AlreadyReported is true when the period was reported before.")]
public sealed class ProduceKpiReport : Activity
{
    [Output(Description = "True when an earlier run reported the period already: nothing was stored or written.")]
    public Output<bool> AlreadyReported { get; set; } = default!;

    [Output(Description = "The period reported, for people: \"2026-01-05 to 2026-01-18\".")]
    public Output<string> Period { get; set; } = default!;

    [Output(Description = "The period's first day (yyyy-MM-dd), for dedup keys.")]
    public Output<string> PeriodStart { get; set; } = default!;

    [Output(Description = "The kpi-report template's model: period, kpis [{name, value, target, status}].")]
    public Output<JsonObject> MailModel { get; set; } = default!;

    [Output(Description = "The CSV as SendEmail attachments: [{fileName, contentType, content}].")]
    public Output<JsonArray> Attachments { get; set; } = default!;

    [Output(Description = "Who receives the report (Kpis:Stakeholders).")]
    public Output<string> Stakeholders { get; set; } = default!;

    [Output(Description = "True when at least one KPI of a segment missed its target.")]
    public Output<bool> OffTarget { get; set; } = default!;

    [Output(Description = "The KPIs off target, one line each, for an alert.")]
    public Output<string> OffTargetSummary { get; set; } = default!;

    [Output(Description = "Where the CSV was written.")]
    public Output<string> CsvPath { get; set; } = default!;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var services = context.Services;
        var options = services.GetRequiredService<IOptionsMonitor<KpiOptions>>().CurrentValue;
        var period = services.GetRequiredService<ReportingCalendar>().LastCompleted(context.Now);
        var snapshots = services.GetRequiredService<IKpiSnapshotStore>();
        var reportId = StableIds.From("kpi", context.IdempotencyKey);
        context.Set(Period, period.Label);
        context.Set(PeriodStart, KpiFormat.Day(period.FirstDay));
        context.Set(Stakeholders, options.Stakeholders);

        if (await ReportedByAnotherRunAsync(snapshots, period, reportId, context.CancellationToken))
        {
            MarkAlreadyReported(context);
            return;
        }

        var facts = await services.GetRequiredService<KpiFactsSource>().ReadAsync(period, context.CancellationToken);
        var report = KpiReportBuilder.Build(period, facts, Segments.All, options);
        var rendered = services.GetRequiredService<KpiReportRenderer>().Render(report);
        if (!await snapshots.SaveReportAsync(KpiSnapshot.From(report, reportId, context.Now), context.CancellationToken)
            && await ReportedByAnotherRunAsync(snapshots, period, reportId, context.CancellationToken))
        {
            MarkAlreadyReported(context);
            return;
        }

        var files = await services.GetRequiredService<KpiReportFiles>().WriteAsync(rendered, context.CancellationToken);
        var offTarget = report.OffTarget.ToList();
        context.Set(AlreadyReported, false);
        context.Set(MailModel, KpiReportMailModel.Create(report));
        context.Set(Attachments, [new JsonObject
        {
            ["fileName"] = rendered.CsvAttachment.FileName,
            ["contentType"] = rendered.CsvAttachment.ContentType,
            ["content"] = rendered.Csv,
        }]);
        context.Set(OffTarget, offTarget.Count > 0);
        context.Set(OffTargetSummary, string.Join("\n", offTarget.Select(o =>
            $"{o.Result.Kpi.Name()}, {KpiFormat.Segment(o.Segment)}: {KpiFormat.WithUnit(o.Result.Kpi, o.Result.Current.Value)} (target {KpiFormat.TargetWithUnit(o.Result.Kpi, o.Result.Target)})")));
        context.Set(CsvPath, files.CsvPath);
        context.Log($"KPI report {period.Label}: {offTarget.Count} KPI(s) off target, files {(files.Written ? "written" : "already there")} at {files.CsvPath}");
        context.Complete();
    }

    /// <summary>
    /// The period has snapshots of another run. Snapshots of this run mean a replay after a crash before the
    /// commit: the mail was never queued, so the report goes on.
    /// </summary>
    private static async Task<bool> ReportedByAnotherRunAsync(IKpiSnapshotStore snapshots, ReportingPeriod period, string reportId, CancellationToken cancellationToken) =>
        (await snapshots.FindPeriodAsync(period.Start, SegmentScope.All, cancellationToken)) is [var first, ..] && first.ReportId != reportId;

    private void MarkAlreadyReported(ActivityExecutionContext context)
    {
        context.Set(AlreadyReported, true);
        context.Set(OffTarget, false);
        context.Set(OffTargetSummary, "");
        context.Log("The period was reported already: nothing to do");
        context.Complete();
    }
}

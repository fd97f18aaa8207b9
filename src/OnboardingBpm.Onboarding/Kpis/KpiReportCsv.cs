using OnboardingBpm.Integrations.Email.Attachments;

namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>
/// The report as CSV (RFC 4180, through the shared <see cref="Csv"/> writer): one row per segment and KPI.
/// Numbers carry no unit (the unit has its own column) so a spreadsheet can compute with them; an empty
/// value is no data. No generation time is written: the same figures give the same file.
/// </summary>
public static class KpiReportCsv
{
    public static readonly IReadOnlyList<string> Header =
        ["period_start", "period_end", "segment", "kpi", "unit", "value", "sample_size", "target", "status", "previous_value", "change", "trend"];

    public static string Format(KpiReport report) => Csv.Format(Rows(report));

    public static IEnumerable<IEnumerable<object?>> Rows(KpiReport report)
    {
        yield return Header;
        foreach (var (segment, result) in report.Results)
        {
            yield return
            [
                KpiFormat.Day(report.Period.FirstDay),
                KpiFormat.Day(report.Period.LastDay),
                segment,
                result.Kpi.Name(),
                result.Kpi.Unit(),
                KpiFormat.Number(result.Current.Value),
                result.Current.SampleSize,
                KpiFormat.Target(result.Target),
                KpiFormat.Status(result.Status),
                KpiFormat.Number(result.Previous.Value),
                KpiFormat.Number(result.Change),
                KpiFormat.Trend(result.Trend),
            ];
        }
    }
}

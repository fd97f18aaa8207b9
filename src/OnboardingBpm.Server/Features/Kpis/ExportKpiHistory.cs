using System.Globalization;
using System.Security.Claims;
using System.Text;
using OnboardingBpm.Integrations.Email.Attachments;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Kpis;

/// <summary>The history of the same filter as CSV, every matching snapshot (no paging), for a spreadsheet.</summary>
public static class ExportKpiHistory
{
    public static readonly IReadOnlyList<string> Header =
        ["period_start", "period_end", "segment", "kpi", "unit", "value", "sample_size", "target", "status", "computed_at"];

    private const int PageSize = 500;

    public static async Task<IResult> HandleAsync(
        ClaimsPrincipal user,
        IKpiSnapshotStore snapshots,
        ReportingCalendar calendar,
        string? segment,
        string? from,
        string? to,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        var query = KpiHistoryFilter.Read(user.Grant(), calendar, segment, from, to, problems);
        if (query is null)
        {
            return ApiErrors.Validation("The filter is not valid.", problems);
        }

        var rows = new List<IEnumerable<object?>> { Header };
        while (true)
        {
            var page = await snapshots.ListAsync(query with { Skip = rows.Count - 1, Take = PageSize }, cancellationToken);
            rows.AddRange(page.Items.Select(Row));
            if (page.Items.Count == 0 || rows.Count - 1 >= page.Total)
            {
                break;
            }
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(Csv.Format(rows)), Csv.ContentType, "kpi-history.csv");
    }

    private static IEnumerable<object?> Row(KpiSnapshot s) =>
    [
        KpiSnapshotView.Day(s.Period.FirstDay),
        KpiSnapshotView.Day(s.Period.LastDay),
        s.Segment,
        s.Kpi.Name(),
        s.Kpi.Unit(),
        Number(s.Value),
        s.SampleSize,
        s.Target is { } target ? $"{s.TargetComparison} {Number(target)}" : null,
        s.Status.ToString(),
        s.ComputedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
    ];

    private static string? Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
}

using System.Text.Json.Nodes;

namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>
/// The model of the <c>kpi-report</c> mail template (templates/email/README.md): <c>period</c> and
/// <c>kpis: [{name, value, target, status}]</c>, one entry per segment and KPI with the segment in the name.
/// Values are preformatted text with their unit. Extra fields (segment, kpi, previous, trend, offTarget) are
/// there for richer templates; the shipped ones ignore them.
/// </summary>
public static class KpiReportMailModel
{
    public static JsonObject Create(KpiReport report)
    {
        var kpis = new JsonArray();
        foreach (var (segment, result) in report.Results)
        {
            kpis.Add(new JsonObject
            {
                ["name"] = $"{result.Kpi.Name()}, {KpiFormat.Segment(segment)}",
                ["value"] = KpiFormat.WithUnit(result.Kpi, result.Current.Value),
                ["target"] = KpiFormat.TargetWithUnit(result.Kpi, result.Target),
                ["status"] = KpiFormat.Status(result.Status),
                ["segment"] = segment,
                ["kpi"] = result.Kpi.ToString(),
                ["sampleSize"] = result.Current.SampleSize,
                ["previous"] = KpiFormat.WithUnit(result.Kpi, result.Previous.Value),
                ["trend"] = KpiFormat.Trend(result.Trend),
            });
        }

        return new JsonObject
        {
            ["period"] = report.Period.Label,
            ["periodStart"] = KpiFormat.Day(report.Period.FirstDay),
            ["periodEnd"] = KpiFormat.Day(report.Period.LastDay),
            ["offTarget"] = report.OffTarget.Count(),
            ["kpis"] = kpis,
        };
    }
}

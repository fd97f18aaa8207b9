using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Kpis;

public static class KpiEndpoints
{
    public static void MapKpis(this IEndpointRouteBuilder app)
    {
        var kpis = app.MapGroup("/api/kpis").WithTags("KPIs").RequireAuthorization(Policies.ReadKpis);
        kpis.MapGet("/current", GetCurrentKpis.HandleAsync).WithName("GetCurrentKpis");
        kpis.MapGet("/history", ListKpiHistory.HandleAsync).WithName("ListKpiHistory");
        kpis.MapGet("/history.csv", ExportKpiHistory.HandleAsync).WithName("ExportKpiHistory");
        kpis.MapGet("/periods/{start}", GetKpiPeriod.HandleAsync).WithName("GetKpiPeriod");
    }
}

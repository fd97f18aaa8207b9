using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OnboardingBpm.Onboarding.Kpis;

public static class KpiServiceCollectionExtensions
{
    /// <summary>
    /// The <c>Kpis</c> options, the reporting calendar, the renderer (needs the mail templates of AddIntegrations),
    /// the report folder and the snapshot history (in-memory unless persistence registered its own first).
    /// </summary>
    public static IServiceCollection AddKpis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KpiOptions>()
            .Bind(configuration.GetSection(KpiOptions.Section))
            .Validate(o => o.FcrReopenWindow >= TimeSpan.Zero, "Kpis:FcrReopenWindow must not be negative.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ReportFolder), "Kpis:ReportFolder must name a folder.")
            .Validate(o => o.Targets.OnboardingBaselineDays is null or > 0, "Kpis:Targets:OnboardingBaselineDays must be positive.")
            .Validate(o => o.Targets.CsatBaselinePercent is null or >= 0 and <= 100, "Kpis:Targets:CsatBaselinePercent is a percentage (0-100).")
            .ValidateOnStart();
        services.TryAddSingleton(sp => new ReportingCalendar(sp.GetRequiredService<IOptions<KpiOptions>>().Value.PeriodAnchor));
        services.TryAddSingleton<KpiReportRenderer>();
        services.TryAddSingleton<KpiReportFiles>();
        services.TryAddSingleton<KpiFactsSource>();
        services.TryAddSingleton<IKpiSnapshotStore, InMemoryKpiSnapshotStore>();
        return services;
    }
}

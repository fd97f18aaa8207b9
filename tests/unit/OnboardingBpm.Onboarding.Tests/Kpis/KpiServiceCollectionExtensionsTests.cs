using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OnboardingBpm.Onboarding.Kpis;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

public sealed class KpiServiceCollectionExtensionsTests
{
    [Fact]
    public void the_kpis_section_configures_the_calendar_the_reopen_window_and_the_targets()
    {
        using var services = Services(new()
        {
            ["Kpis:PeriodAnchor"] = "2026-01-08",
            ["Kpis:FcrReopenWindow"] = "3.00:00:00",
            ["Kpis:ReportFolder"] = "/srv/shared/kpis",
            ["Kpis:Targets:OnboardingBaselineDays"] = "30",
            ["Kpis:Targets:CsatBaselinePercent"] = "65",
            ["Kpis:Targets:SlaAttainmentPercent"] = "90",
        });

        var options = services.GetRequiredService<IOptions<KpiOptions>>().Value;
        var calendar = services.GetRequiredService<ReportingCalendar>();

        Assert.Equal(new DateTimeOffset(2026, 1, 8, 0, 0, 0, TimeSpan.Zero), calendar.PeriodContaining(new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero)).Start);
        Assert.Equal(TimeSpan.FromDays(3), options.FcrReopenWindow);
        Assert.Equal("/srv/shared/kpis", options.ReportFolder);
        Assert.Equal(KpiTarget.AtMost(18), options.Targets.For(Kpi.OnboardingTime));
        Assert.Equal(KpiTarget.AtLeast(78), options.Targets.For(Kpi.CustomerSatisfaction));
        Assert.Equal(KpiTarget.AtLeast(85), options.Targets.For(Kpi.FirstContactResolution));
        Assert.Equal(KpiTarget.AtLeast(90), options.Targets.For(Kpi.SlaAttainment));
    }

    [Fact]
    public void without_configuration_the_defaults_apply()
    {
        using var services = Services([]);

        var options = services.GetRequiredService<IOptions<KpiOptions>>().Value;

        Assert.Equal(new DateOnly(2026, 1, 5), options.PeriodAnchor);
        Assert.Equal(TimeSpan.FromDays(5), options.FcrReopenWindow);
        Assert.Equal("kpi-stakeholders@onboardingbpm.local", options.Stakeholders);
        Assert.Equal(KpiTarget.AtLeast(95), options.Targets.For(Kpi.SlaAttainment));
        Assert.Null(options.Targets.For(Kpi.OnboardingTime));
    }

    [Fact]
    public void a_csat_baseline_that_is_not_a_percentage_is_refused()
    {
        using var services = Services(new() { ["Kpis:Targets:CsatBaselinePercent"] = "120" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<KpiOptions>>().Value);

        Assert.Contains("CsatBaselinePercent", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddKpis(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}

using OnboardingBpm.Onboarding.Kpis;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

public sealed class KpiTargetTests
{
    [Fact]
    public void onboarding_time_must_be_forty_percent_below_the_baseline()
    {
        var target = new KpiTargets { OnboardingBaselineDays = 30 }.For(Kpi.OnboardingTime)!;

        Assert.Equal(18m, target.Threshold);
        Assert.Equal("<=", target.Comparison);
        Assert.Equal(KpiStatus.OnTarget, Evaluate(Kpi.OnboardingTime, 18m, target));
        Assert.Equal(KpiStatus.OnTarget, Evaluate(Kpi.OnboardingTime, 12.5m, target));
        Assert.Equal(KpiStatus.OffTarget, Evaluate(Kpi.OnboardingTime, 18.01m, target));
    }

    [Fact]
    public void csat_must_be_twenty_percent_above_the_baseline_relative_to_it()
    {
        var target = new KpiTargets { CsatBaselinePercent = 70 }.For(Kpi.CustomerSatisfaction)!;

        Assert.Equal(84m, target.Threshold);
        Assert.Equal(">=", target.Comparison);
        Assert.Equal(KpiStatus.OnTarget, Evaluate(Kpi.CustomerSatisfaction, 84m, target));
        Assert.Equal(KpiStatus.OffTarget, Evaluate(Kpi.CustomerSatisfaction, 83.9m, target));
    }

    [Fact]
    public void the_default_rate_targets_are_fcr_85_and_sla_95_percent()
    {
        var targets = new KpiTargets();

        Assert.Equal(KpiTarget.AtLeast(85), targets.For(Kpi.FirstContactResolution));
        Assert.Equal(KpiTarget.AtLeast(95), targets.For(Kpi.SlaAttainment));
        Assert.Equal(KpiStatus.OnTarget, Evaluate(Kpi.FirstContactResolution, 1700m / 20, targets.For(Kpi.FirstContactResolution)));
        Assert.Equal(KpiStatus.OffTarget, Evaluate(Kpi.SlaAttainment, 94.99m, targets.For(Kpi.SlaAttainment)));
    }

    [Fact]
    public void every_target_follows_its_configuration()
    {
        var targets = new KpiTargets
        {
            OnboardingBaselineDays = 20,
            OnboardingReductionPercent = 25,
            FirstContactResolutionPercent = 80,
            CsatBaselinePercent = 60,
            CsatImprovementPercent = 10,
            SlaAttainmentPercent = 90,
        };

        Assert.Equal(KpiTarget.AtMost(15), targets.For(Kpi.OnboardingTime));
        Assert.Equal(KpiTarget.AtLeast(80), targets.For(Kpi.FirstContactResolution));
        Assert.Equal(KpiTarget.AtLeast(66), targets.For(Kpi.CustomerSatisfaction));
        Assert.Equal(KpiTarget.AtLeast(90), targets.For(Kpi.SlaAttainment));
    }

    [Fact]
    public void without_a_baseline_onboarding_time_and_csat_have_no_target()
    {
        var targets = new KpiTargets();

        Assert.Null(targets.For(Kpi.OnboardingTime));
        Assert.Null(targets.For(Kpi.CustomerSatisfaction));
        Assert.Equal(KpiStatus.NoTarget, Evaluate(Kpi.CustomerSatisfaction, 90m, null));
    }

    [Fact]
    public void no_data_is_its_own_status_whatever_the_target()
    {
        var result = new KpiResult(Kpi.FirstContactResolution, KpiMeasurement.NoData, new KpiMeasurement(90m, 10), KpiTarget.AtLeast(85));

        Assert.Equal(KpiStatus.NoData, result.Status);
        Assert.Equal(KpiTrend.NoComparison, result.Trend);
        Assert.Null(result.Change);
    }

    [Theory]
    [InlineData(Kpi.FirstContactResolution, 80, 85, KpiTrend.Improved)]
    [InlineData(Kpi.FirstContactResolution, 85, 80, KpiTrend.Worsened)]
    [InlineData(Kpi.OnboardingTime, 20, 15, KpiTrend.Improved)]
    [InlineData(Kpi.OnboardingTime, 15, 20, KpiTrend.Worsened)]
    [InlineData(Kpi.CustomerSatisfaction, 75, 75, KpiTrend.Unchanged)]
    public void the_trend_follows_the_direction_in_which_the_kpi_gets_better(Kpi kpi, int previous, int current, KpiTrend trend)
    {
        var result = new KpiResult(kpi, new KpiMeasurement(current, 4), new KpiMeasurement(previous, 4), null);

        Assert.Equal(trend, result.Trend);
        Assert.Equal(current - previous, result.Change);
    }

    [Fact]
    public void a_previous_period_without_data_gives_no_trend()
    {
        var result = new KpiResult(Kpi.SlaAttainment, new KpiMeasurement(100m, 3), KpiMeasurement.NoData, KpiTarget.AtLeast(95));

        Assert.Equal(KpiTrend.NoComparison, result.Trend);
        Assert.Equal(KpiStatus.OnTarget, result.Status);
    }

    private static KpiStatus Evaluate(Kpi kpi, decimal value, KpiTarget? target) =>
        new KpiResult(kpi, new KpiMeasurement(value, 1), KpiMeasurement.NoData, target).Status;
}

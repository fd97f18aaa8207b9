using OnboardingBpm.Onboarding.Kpis;
using static OnboardingBpm.Onboarding.Tests.Kpis.Facts;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

public sealed class OnboardingTimeTests
{
    [Fact]
    public void an_odd_count_takes_the_middle_duration_not_the_mean()
    {
        OnboardingFact[] cases =
        [
            Case("smb", submittedDay: -40, activeDay: 2),
            Case("smb", submittedDay: 0, activeDay: 3),
            Case("smb", submittedDay: 1, activeDay: 11),
        ];

        var time = OnboardingTime.Measure(cases, First, KpiSegments.All);

        Assert.Equal(10m, time.Value);
        Assert.Equal(3, time.SampleSize);
    }

    [Fact]
    public void an_even_count_takes_the_mean_of_the_two_middle_durations()
    {
        OnboardingFact[] cases =
        [
            Case("smb", submittedDay: 0, activeDay: 2),
            Case("smb", submittedDay: 0, activeDay: 12.5),
            Case("smb", submittedDay: 1, activeDay: 6),
            Case("smb", submittedDay: 0, activeDay: 4),
        ];

        var time = OnboardingTime.Measure(cases, First, KpiSegments.All);

        Assert.Equal(4.5m, time.Value);
        Assert.Equal(4, time.SampleSize);
    }

    [Fact]
    public void fractions_of_a_day_count()
    {
        var time = OnboardingTime.Measure([Case("smb", submittedDay: 0.25, activeDay: 1)], First, KpiSegments.All);

        Assert.Equal(0.75m, time.Value);
    }

    [Fact]
    public void only_cases_that_became_active_in_the_period_count()
    {
        OnboardingFact[] cases =
        [
            Case("smb", submittedDay: 0, activeDay: null),
            Case("smb", submittedDay: -20, activeDay: -1),
            Case("smb", submittedDay: 10, activeDay: 14),
            Case("smb", submittedDay: 2, activeDay: 8),
        ];

        var time = OnboardingTime.Measure(cases, First, KpiSegments.All);

        Assert.Equal(6m, time.Value);
        Assert.Equal(1, time.SampleSize);
    }

    [Fact]
    public void a_period_in_which_no_case_became_active_has_no_data()
    {
        var time = OnboardingTime.Measure([Case("smb", submittedDay: 0, activeDay: null)], First, KpiSegments.All);

        Assert.False(time.HasData);
        Assert.Null(time.Value);
        Assert.Equal(0, time.SampleSize);
    }

    [Fact]
    public void a_segment_counts_only_its_own_cases()
    {
        OnboardingFact[] cases =
        [
            Case("enterprise", submittedDay: 0, activeDay: 13),
            Case("smb", submittedDay: 0, activeDay: 2),
            Case("SMB", submittedDay: 0, activeDay: 4),
        ];

        Assert.Equal(13m, OnboardingTime.Measure(cases, First, "enterprise").Value);
        Assert.Equal(3m, OnboardingTime.Measure(cases, First, "smb").Value);
        Assert.Equal(4m, OnboardingTime.Measure(cases, First, KpiSegments.All).Value);
        Assert.False(OnboardingTime.Measure(cases, First, "mid-market").HasData);
    }
}

using OnboardingBpm.Onboarding.Kpis;
using static OnboardingBpm.Onboarding.Tests.Kpis.Facts;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

public sealed class FirstContactResolutionTests
{
    private static readonly TimeSpan FiveDays = TimeSpan.FromDays(5);

    [Fact]
    public void the_rate_is_first_contact_resolutions_over_all_resolutions_in_the_period()
    {
        ResolutionFact[] resolutions =
        [
            Resolution("smb", Day(1), firstContact: true),
            Resolution("smb", Day(2), firstContact: true),
            Resolution("smb", Day(3), firstContact: true),
            Resolution("smb", Day(4), firstContact: false),
            Resolution("smb", Day(-1), firstContact: false),
            Resolution("smb", Day(15), firstContact: false),
        ];

        var rate = FirstContactResolution.Measure(resolutions, First, KpiSegments.All, FiveDays);

        Assert.Equal(75m, rate.Value);
        Assert.Equal(4, rate.SampleSize);
    }

    [Fact]
    public void a_reopen_exactly_five_days_after_the_resolution_cancels_first_contact()
    {
        var resolved = Day(2).AddHours(10);

        var reopened = Resolution("smb", resolved, firstContact: true, reopenedAt: resolved.AddDays(5));

        Assert.False(FirstContactResolution.CountsAsFirstContact(reopened, FiveDays));
        Assert.Equal(0m, FirstContactResolution.Measure([reopened], First, KpiSegments.All, FiveDays).Value);
    }

    [Fact]
    public void a_reopen_just_after_the_five_days_keeps_first_contact()
    {
        var resolved = Day(2).AddHours(10);

        var reopened = Resolution("smb", resolved, firstContact: true, reopenedAt: resolved.AddDays(5).AddTicks(1));

        Assert.True(FirstContactResolution.CountsAsFirstContact(reopened, FiveDays));
        Assert.Equal(100m, FirstContactResolution.Measure([reopened], First, KpiSegments.All, FiveDays).Value);
    }

    [Fact]
    public void the_reopen_window_is_configurable()
    {
        var resolved = Day(2);
        var reopened = Resolution("smb", resolved, firstContact: true, reopenedAt: resolved.AddDays(4));

        Assert.False(FirstContactResolution.CountsAsFirstContact(reopened, TimeSpan.FromDays(5)));
        Assert.True(FirstContactResolution.CountsAsFirstContact(reopened, TimeSpan.FromDays(3)));
    }

    [Fact]
    public void a_reopened_resolution_stays_in_the_denominator()
    {
        ResolutionFact[] resolutions =
        [
            Resolution("smb", Day(1), firstContact: true, reopenedAt: Day(2)),
            Resolution("smb", Day(3), firstContact: true),
        ];

        var rate = FirstContactResolution.Measure(resolutions, First, KpiSegments.All, FiveDays);

        Assert.Equal(50m, rate.Value);
        Assert.Equal(2, rate.SampleSize);
    }

    [Fact]
    public void a_resolution_exactly_at_the_period_end_counts_in_the_next_period()
    {
        ResolutionFact[] resolutions = [Resolution("smb", First.End, firstContact: true)];

        Assert.False(FirstContactResolution.Measure(resolutions, First, KpiSegments.All, FiveDays).HasData);
        Assert.Equal(100m, FirstContactResolution.Measure(resolutions, Second, KpiSegments.All, FiveDays).Value);
    }

    [Fact]
    public void no_resolutions_is_no_data_not_zero_percent()
    {
        var rate = FirstContactResolution.Measure([Resolution("smb", Day(1), firstContact: true)], First, "enterprise", FiveDays);

        Assert.Null(rate.Value);
        Assert.Equal(0, rate.SampleSize);
    }

    [Fact]
    public void segments_are_measured_separately()
    {
        ResolutionFact[] resolutions =
        [
            Resolution("enterprise", Day(1), firstContact: true),
            Resolution("smb", Day(1), firstContact: false),
            Resolution("smb", Day(2), firstContact: false),
            Resolution("smb", Day(3), firstContact: true),
        ];

        Assert.Equal(100m, FirstContactResolution.Measure(resolutions, First, "enterprise", FiveDays).Value);
        Assert.Equal(100m / 3, FirstContactResolution.Measure(resolutions, First, "smb", FiveDays).Value);
        Assert.Equal(50m, FirstContactResolution.Measure(resolutions, First, KpiSegments.All, FiveDays).Value);
    }
}

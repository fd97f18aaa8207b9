using OnboardingBpm.Onboarding.Kpis;
using static OnboardingBpm.Onboarding.Tests.Kpis.Facts;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

public sealed class ReportingCalendarTests
{
    [Fact]
    public void periods_are_fourteen_days_from_the_anchor_day_at_midnight_utc()
    {
        var period = Calendar.PeriodContaining(new DateTimeOffset(2026, 1, 27, 15, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 1, 19, 0, 0, 0, TimeSpan.Zero), period.Start);
        Assert.Equal(new DateTimeOffset(2026, 2, 2, 0, 0, 0, TimeSpan.Zero), period.End);
        Assert.Equal("2026-01-19 to 2026-02-01", period.Label);
    }

    [Fact]
    public void an_instant_exactly_at_a_period_end_belongs_to_the_next_period()
    {
        Assert.Equal(Second, Calendar.PeriodContaining(First.End));
        Assert.Equal(First, Calendar.PeriodContaining(First.End.AddTicks(-1)));
        Assert.False(First.Contains(First.End));
        Assert.True(Second.Contains(First.End));
    }

    [Fact]
    public void an_instant_given_in_another_offset_is_placed_by_its_utc_time()
    {
        var lateSundayInNewYork = new DateTimeOffset(2026, 1, 18, 20, 0, 0, TimeSpan.FromHours(-5));

        Assert.Equal(Second, Calendar.PeriodContaining(lateSundayInNewYork));
    }

    [Fact]
    public void instants_before_the_anchor_fall_in_earlier_periods()
    {
        var period = Calendar.PeriodContaining(Anchor.AddTicks(-1));

        Assert.Equal(Anchor.AddDays(-14), period.Start);
        Assert.Equal(Anchor, period.End);
        Assert.Equal(period, Calendar.PeriodContaining(Anchor.AddDays(-14)));
    }

    [Fact]
    public void the_last_completed_period_is_the_one_before_the_current_one()
    {
        Assert.Equal(First, Calendar.LastCompleted(Second.Start));
        Assert.Equal(First, Calendar.LastCompleted(Second.Start.AddDays(3)));
        Assert.Equal(First, Second.Previous());
    }

    [Fact]
    public void the_last_n_periods_end_with_the_current_one_oldest_first()
    {
        var periods = Calendar.Last(3, Day(20));

        Assert.Equal([First.Previous(), First, Second], periods);
        Assert.Empty(Calendar.Last(0, Day(20)));
    }

    [Fact]
    public void another_anchor_shifts_every_period()
    {
        var thursdays = new ReportingCalendar(new DateOnly(2026, 1, 8));

        var period = thursdays.PeriodContaining(Day(1));

        Assert.Equal(new DateTimeOffset(2025, 12, 25, 0, 0, 0, TimeSpan.Zero), period.Start);
        Assert.Equal(new DateTimeOffset(2026, 1, 8, 0, 0, 0, TimeSpan.Zero), period.End);
    }
}

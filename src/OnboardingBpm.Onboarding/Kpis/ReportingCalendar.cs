namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>
/// Biweekly periods: 14 days each, counted from an anchor day (midnight UTC), forwards and backwards, so every
/// instant falls in exactly one period whatever day the report runs.
/// </summary>
public sealed class ReportingCalendar(DateOnly anchor)
{
    public static readonly TimeSpan PeriodLength = TimeSpan.FromDays(14);

    private readonly DateTimeOffset origin = new(anchor.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public ReportingPeriod PeriodContaining(DateTimeOffset instant)
    {
        var index = FloorDivide((instant - origin).Ticks, PeriodLength.Ticks);
        var start = origin + TimeSpan.FromTicks(index * PeriodLength.Ticks);
        return new ReportingPeriod(start, start + PeriodLength);
    }

    /// <summary>The most recent period that has ended by <paramref name="now"/>: the one a biweekly report covers.</summary>
    public ReportingPeriod LastCompleted(DateTimeOffset now) => PeriodContaining(now).Previous();

    /// <summary>The <paramref name="count"/> periods ending with the one containing <paramref name="instant"/>, oldest first.</summary>
    public IReadOnlyList<ReportingPeriod> Last(int count, DateTimeOffset instant)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var periods = new ReportingPeriod[count];
        var period = PeriodContaining(instant);
        for (var i = count - 1; i >= 0; i--)
        {
            periods[i] = period;
            period = period.Previous();
        }

        return periods;
    }

    // Integer division rounds towards zero; instants before the anchor need the period below.
    private static long FloorDivide(long ticks, long length) => ticks / length - (ticks % length < 0 ? 1 : 0);
}

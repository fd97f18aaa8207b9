using System.Globalization;

namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>A reporting period, half-open: an event exactly at <see cref="End"/> belongs to the next period.</summary>
public readonly record struct ReportingPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End - Start;

    /// <summary>The last day the period covers (the day before <see cref="End"/>).</summary>
    public DateOnly LastDay => DateOnly.FromDateTime(End.UtcDateTime.AddDays(-1));

    public DateOnly FirstDay => DateOnly.FromDateTime(Start.UtcDateTime);

    /// <summary>For people: "2026-01-05 to 2026-01-18".</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{FirstDay:yyyy-MM-dd} to {LastDay:yyyy-MM-dd}");

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    public bool Contains(DateTimeOffset? instant) => instant is { } value && Contains(value);

    /// <summary>The period of the same length just before this one.</summary>
    public ReportingPeriod Previous() => new(Start - Length, Start);

    public ReportingPeriod Next() => new(End, End + Length);
}

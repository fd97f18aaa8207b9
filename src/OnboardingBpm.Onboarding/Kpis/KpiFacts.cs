namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>An onboarding case: submitted, and Active once onboarding is complete.</summary>
public sealed record OnboardingFact(string CaseId, string Segment, DateTimeOffset SubmittedAt, DateTimeOffset? ActiveAt);

/// <summary>
/// A resolved case or ticket. A reopen soon after the resolution means the first contact did not really
/// resolve it (<see cref="KpiOptions.FcrReopenWindow"/>).
/// </summary>
public sealed record ResolutionFact(
    string SubjectId,
    string Segment,
    DateTimeOffset ResolvedAt,
    bool ResolvedAtFirstContact,
    DateTimeOffset? ReopenedAt = null);

/// <summary>An answered CSAT survey; surveys nobody answered are not facts at all.</summary>
public sealed record SurveyFact(string SubjectId, string Segment, DateTimeOffset AnsweredAt, int Rating)
{
    public int Rating { get; } = Rating is >= 1 and <= 5
        ? Rating
        : throw new ArgumentOutOfRangeException(nameof(Rating), Rating, "A CSAT rating is 1 to 5.");
}

/// <summary>A case or ticket measured against the 72-hour escalation: when it was resolved, and when escalated.</summary>
public sealed record SlaFact(string SubjectId, string Segment, DateTimeOffset? ResolvedAt, DateTimeOffset? EscalatedAt);

/// <summary>Everything a report is computed from; the domain maps its cases, tickets and surveys into these.</summary>
public sealed record KpiFacts
{
    public IReadOnlyList<OnboardingFact> Onboardings { get; init; } = [];
    public IReadOnlyList<ResolutionFact> Resolutions { get; init; } = [];
    public IReadOnlyList<SurveyFact> Surveys { get; init; } = [];
    public IReadOnlyList<SlaFact> Slas { get; init; } = [];

    /// <summary>The segments named by any fact.</summary>
    public IEnumerable<string> Segments =>
        Onboardings.Select(f => f.Segment)
            .Concat(Resolutions.Select(f => f.Segment))
            .Concat(Surveys.Select(f => f.Segment))
            .Concat(Slas.Select(f => f.Segment));
}

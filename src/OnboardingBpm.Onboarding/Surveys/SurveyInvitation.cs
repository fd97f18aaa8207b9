namespace OnboardingBpm.Onboarding.Surveys;

/// <summary>
/// A CSAT survey sent after a resolution. The link's token is single-use and only its SHA-256 hash is stored,
/// so a database reader cannot answer in a customer's name.
/// </summary>
public sealed record SurveyInvitation
{
    public required string Id { get; init; }
    public required string CustomerId { get; init; }
    public required string Segment { get; init; }

    /// <summary>The case or ticket whose resolution is rated.</summary>
    public required string SubjectId { get; init; }

    /// <summary>Lower-case hex SHA-256 of the token (<see cref="SurveyTokens.Hash"/>).</summary>
    public required string TokenHash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? ReminderSentAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
}

/// <summary>An answer: 1-5 and an optional comment (personal data, encrypted at rest).</summary>
public sealed record SurveyResponse
{
    public required string InvitationId { get; init; }
    public required string CustomerId { get; init; }
    public required string Segment { get; init; }
    public required string SubjectId { get; init; }
    public required int Rating { get; init; }
    public string? Comment { get; init; }
    public required DateTimeOffset AnsweredAt { get; init; }
}

public enum SurveyAnswerOutcome
{
    Recorded,
    UnknownToken,
    Expired,
    AlreadyAnswered,
}

public sealed record SurveyAnswerResult(SurveyAnswerOutcome Outcome, SurveyInvitation? Invitation);

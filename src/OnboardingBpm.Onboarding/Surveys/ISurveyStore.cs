using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Surveys;

public interface ISurveyStore
{
    Task AddInvitationAsync(SurveyInvitation invitation, CancellationToken cancellationToken = default);

    Task<SurveyInvitation?> FindInvitationAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default);

    /// <summary>For the public survey page: the token is the credential, so no segment scope.</summary>
    Task<SurveyInvitation?> FindByTokenAsync(string token, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SurveyInvitation>> ListInvitationsAsync(string customerId, SegmentScope scope, CancellationToken cancellationToken = default);

    /// <summary>Returns false when the invitation is unknown, answered, or was reminded already (one reminder).</summary>
    Task<bool> MarkReminderSentAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Records the answer if the token is known, unexpired and unused; atomic, so two submissions record one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rating is not 1-5.</exception>
    Task<SurveyAnswerResult> AnswerAsync(string token, int rating, string? comment, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<Page<SurveyResponse>> ListResponsesAsync(SurveyResponseQuery query, CancellationToken cancellationToken = default);

    /// <summary>Turns the comments of the customer's responses into tombstones; returns how many changed.</summary>
    Task<int> ErasePersonalDataAsync(string customerId, CancellationToken cancellationToken = default);
}

public sealed record SurveyResponseQuery(SegmentScope Scope)
{
    public string? CustomerId { get; init; }
    public DateTimeOffset? AnsweredFrom { get; init; }
    public DateTimeOffset? AnsweredTo { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}

public static class SurveyRatings
{
    public static void Check(int rating)
    {
        if (rating is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A CSAT rating is 1 to 5.");
        }
    }
}

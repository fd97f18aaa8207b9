using OnboardingBpm.Onboarding.Privacy;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Surveys;

public sealed class InMemorySurveyStore : ISurveyStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, SurveyInvitation> invitations = new(StringComparer.Ordinal);
    private readonly List<SurveyResponse> responses = [];

    public Task AddInvitationAsync(SurveyInvitation invitation, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!invitations.TryAdd(invitation.Id, invitation))
            {
                throw new InvalidOperationException($"Survey invitation '{invitation.Id}' exists already.");
            }
        }

        return Task.CompletedTask;
    }

    public Task<SurveyInvitation?> FindInvitationAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(invitations.GetValueOrDefault(id) is { } i && scope.Includes(i.Segment) ? i : null);
        }
    }

    public Task<SurveyInvitation?> FindByTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = SurveyTokens.Hash(token);
        lock (gate)
        {
            return Task.FromResult(invitations.Values.FirstOrDefault(i => i.TokenHash == hash));
        }
    }

    public Task<IReadOnlyList<SurveyInvitation>> ListInvitationsAsync(string customerId, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<SurveyInvitation> found = invitations.Values
                .Where(i => i.CustomerId == customerId && scope.Includes(i.Segment))
                .OrderBy(i => i.CreatedAt)
                .ToList();
            return Task.FromResult(found);
        }
    }

    public Task<bool> MarkReminderSentAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (invitations.GetValueOrDefault(id) is not { ReminderSentAt: null, AnsweredAt: null } invitation)
            {
                return Task.FromResult(false);
            }

            invitations[id] = invitation with { ReminderSentAt = at };
            return Task.FromResult(true);
        }
    }

    public Task<SurveyAnswerResult> AnswerAsync(string token, int rating, string? comment, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        SurveyRatings.Check(rating);
        var hash = SurveyTokens.Hash(token);
        lock (gate)
        {
            var invitation = invitations.Values.FirstOrDefault(i => i.TokenHash == hash);
            var outcome = invitation switch
            {
                null => SurveyAnswerOutcome.UnknownToken,
                { AnsweredAt: not null } => SurveyAnswerOutcome.AlreadyAnswered,
                _ when at >= invitation.ExpiresAt => SurveyAnswerOutcome.Expired,
                _ => SurveyAnswerOutcome.Recorded,
            };
            if (outcome != SurveyAnswerOutcome.Recorded)
            {
                return Task.FromResult(new SurveyAnswerResult(outcome, invitation));
            }

            var answered = invitation! with { AnsweredAt = at };
            invitations[answered.Id] = answered;
            responses.Add(new SurveyResponse
            {
                InvitationId = answered.Id,
                CustomerId = answered.CustomerId,
                Segment = answered.Segment,
                SubjectId = answered.SubjectId,
                Rating = rating,
                Comment = comment,
                AnsweredAt = at,
            });
            return Task.FromResult(new SurveyAnswerResult(outcome, answered));
        }
    }

    public Task<Page<SurveyResponse>> ListResponsesAsync(SurveyResponseQuery query, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(responses
                .Where(r => query.Scope.Includes(r.Segment))
                .Where(r => query.CustomerId is null || r.CustomerId == query.CustomerId)
                .Where(r => query.AnsweredFrom is null || r.AnsweredAt >= query.AnsweredFrom)
                .Where(r => query.AnsweredTo is null || r.AnsweredAt < query.AnsweredTo)
                .OrderByDescending(r => r.AnsweredAt).ThenBy(r => r.InvitationId, StringComparer.Ordinal)
                .ToPage(query.Skip, query.Take));
        }
    }

    public Task<int> ErasePersonalDataAsync(string customerId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var changed = 0;
            for (var i = 0; i < responses.Count; i++)
            {
                if (responses[i].CustomerId == customerId && responses[i].Comment is not null)
                {
                    responses[i] = responses[i] with { Comment = PersonalData.Tombstone };
                    changed++;
                }
            }

            return Task.FromResult(changed);
        }
    }
}

using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Surveys;

namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>Survey invitations (single-use hashed tokens) and responses (comments encrypted).</summary>
public abstract partial class WorkflowStoreCompliance
{
    private ISurveyStore Surveys => Service<ISurveyStore>();

    [Fact]
    public async Task a_survey_token_is_stored_only_as_its_hash_and_answers_once_even_when_sent_concurrently()
    {
        var token = await InviteAsync("s-1", Segments.Smb);

        var results = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => Task.Run(() => Surveys.AnswerAsync(token, i, $"answer {i} from Dana", Engine.Clock.GetUtcNow()))));

        Assert.Equal(1, results.Count(r => r.Outcome == SurveyAnswerOutcome.Recorded));
        Assert.All(results.Where(r => r.Outcome != SurveyAnswerOutcome.Recorded), r => Assert.Equal(SurveyAnswerOutcome.AlreadyAnswered, r.Outcome));
        var response = Assert.Single((await Surveys.ListResponsesAsync(new SurveyResponseQuery(SegmentScope.All))).Items);
        Assert.Equal($"answer {response.Rating} from Dana", response.Comment);
        var invitationRow = string.Join("|", Assert.Single(await RawAsync("SELECT * FROM survey_invitations")));
        Assert.DoesNotContain(token, invitationRow);
        Assert.Contains(SurveyTokens.Hash(token), invitationRow);
        Assert.DoesNotContain("Dana", Assert.Single(Assert.Single(await RawAsync("SELECT comment_cipher FROM survey_responses"))));
        Assert.Equal(Engine.Clock.GetUtcNow(), (await Surveys.FindByTokenAsync(token))!.AnsweredAt);
    }

    [Fact]
    public async Task an_expired_or_unknown_token_records_nothing_and_one_reminder_is_allowed()
    {
        var token = await InviteAsync("s-1", Segments.Smb);

        Assert.True(await Surveys.MarkReminderSentAsync("s-1", Engine.Clock.GetUtcNow()));
        Assert.False(await Surveys.MarkReminderSentAsync("s-1", Engine.Clock.GetUtcNow()));
        Assert.Equal(SurveyAnswerOutcome.UnknownToken, (await Surveys.AnswerAsync("forged", 5, null, Engine.Clock.GetUtcNow())).Outcome);
        Assert.Equal(SurveyAnswerOutcome.Expired, (await Surveys.AnswerAsync(token, 5, null, Engine.Clock.GetUtcNow().AddDays(7))).Outcome);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Surveys.AnswerAsync(token, 6, null, Engine.Clock.GetUtcNow()));
        Assert.Equal(0, (await Surveys.ListResponsesAsync(new SurveyResponseQuery(SegmentScope.All))).Total);
    }

    [Fact]
    public async Task survey_invitations_and_responses_of_another_segment_are_never_returned()
    {
        await Surveys.AnswerAsync(await InviteAsync("s-e", Segments.Enterprise), 5, null, Engine.Clock.GetUtcNow());
        await Surveys.AnswerAsync(await InviteAsync("s-s", Segments.Smb), 1, null, Engine.Clock.GetUtcNow());
        var smb = SegmentScope.Only(Segments.Smb);

        Assert.Null(await Surveys.FindInvitationAsync("s-e", smb));
        Assert.Empty(await Surveys.ListInvitationsAsync("cust-s-e", smb));
        Assert.Equal([1], (await Surveys.ListResponsesAsync(new SurveyResponseQuery(smb))).Items.Select(r => r.Rating));
    }

    private async Task<string> InviteAsync(string id, string segment)
    {
        var (token, hash) = SurveyTokens.Create();
        await Surveys.AddInvitationAsync(new SurveyInvitation
        {
            Id = id,
            CustomerId = "cust-" + id,
            Segment = segment,
            SubjectId = "case-" + id,
            TokenHash = hash,
            CreatedAt = Engine.Clock.GetUtcNow(),
            ExpiresAt = Engine.Clock.GetUtcNow().AddDays(7),
        });
        return token;
    }
}

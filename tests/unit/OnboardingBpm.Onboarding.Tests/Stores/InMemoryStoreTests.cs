using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Surveys;

namespace OnboardingBpm.Onboarding.Tests.Stores;

public sealed class InMemoryStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task an_agents_scope_hides_other_segments_and_a_supervisors_scope_sees_all()
    {
        var cases = new InMemoryCaseStore();
        await cases.SaveAsync(new OnboardingCase { Id = "c-e", CustomerId = "x", Segment = Segments.Enterprise, TransactionId = "t-e", SubmittedAt = Now });
        await cases.SaveAsync(new OnboardingCase { Id = "c-s", CustomerId = "y", Segment = Segments.Smb, TransactionId = "t-s", SubmittedAt = Now });
        var agent = new AccessGrant([Roles.Agent], [Segments.Smb]).Scope();
        var supervisor = new AccessGrant([Roles.Supervisor], []).Scope();

        Assert.Equal(["c-s"], (await cases.ListAsync(new CaseQuery(agent))).Items.Select(c => c.Id));
        Assert.Null(await cases.FindAsync("c-e", agent));
        Assert.Equal(2, (await cases.ListAsync(new CaseQuery(supervisor))).Total);
        Assert.Empty((await cases.ListAsync(new CaseQuery(new AccessGrant([Roles.Agent], []).Scope()))).Items);
    }

    [Fact]
    public async Task a_survey_answers_once_before_expiry_with_a_rating_of_one_to_five()
    {
        var surveys = new InMemorySurveyStore();
        var (token, hash) = SurveyTokens.Create();
        await surveys.AddInvitationAsync(new SurveyInvitation { Id = "s-1", CustomerId = "x", Segment = Segments.Smb, SubjectId = "c-1", TokenHash = hash, CreatedAt = Now, ExpiresAt = Now.AddDays(7) });

        Assert.Equal(SurveyAnswerOutcome.Expired, (await surveys.AnswerAsync(token, 4, null, Now.AddDays(7))).Outcome);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => surveys.AnswerAsync(token, 0, null, Now));
        Assert.Equal(SurveyAnswerOutcome.Recorded, (await surveys.AnswerAsync(token, 4, null, Now)).Outcome);
        Assert.Equal(SurveyAnswerOutcome.AlreadyAnswered, (await surveys.AnswerAsync(token, 5, null, Now)).Outcome);
        Assert.Equal(SurveyAnswerOutcome.UnknownToken, (await surveys.AnswerAsync(hash, 5, null, Now)).Outcome);
        Assert.Equal(4, Assert.Single((await surveys.ListResponsesAsync(new SurveyResponseQuery(SegmentScope.All))).Items).Rating);
    }
}

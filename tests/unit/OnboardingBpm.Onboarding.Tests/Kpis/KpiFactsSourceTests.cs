using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Onboarding.Tickets;
using static OnboardingBpm.Onboarding.Tests.Kpis.Facts;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

public sealed class KpiFactsSourceTests
{
    private readonly InMemoryCaseStore cases = new();
    private readonly InMemoryTicketStore tickets = new();
    private readonly InMemorySurveyStore surveys = new();
    private readonly InMemoryEscalationStore escalations = new();

    private KpiFactsSource Source => new(cases, tickets, surveys, escalations);

    [Fact]
    public async Task a_case_submitted_before_the_period_that_became_active_in_it_is_an_onboarding_fact()
    {
        await cases.SaveAsync(Case("C-1", "smb", submittedDay: -30, activeDay: 3));
        await cases.SaveAsync(Case("C-2", "enterprise", submittedDay: 2, activeDay: null));
        await cases.SaveAsync(Case("C-late", "smb", submittedDay: 14, activeDay: 15));

        var facts = await Source.ReadAsync(First, TestContext.Current.CancellationToken);

        Assert.Equal(
            [new OnboardingFact("C-1", "smb", Day(-30), Day(3)), new OnboardingFact("C-2", "enterprise", Day(2), null)],
            facts.Onboardings.OrderBy(f => f.CaseId));
    }

    [Fact]
    public async Task resolved_tickets_are_resolution_facts_carrying_their_first_contact_flag()
    {
        await tickets.SaveAsync(Ticket("T-1", "smb", createdDay: 1, resolvedDay: 2, firstContact: true));
        await tickets.SaveAsync(Ticket("T-2", "smb", createdDay: 1, resolvedDay: 5, firstContact: false));
        await tickets.SaveAsync(Ticket("T-open", "smb", createdDay: 1, resolvedDay: null, firstContact: false));

        var facts = await Source.ReadAsync(First, TestContext.Current.CancellationToken);

        Assert.Equal(
            [new ResolutionFact("T-1", "smb", Day(2), true), new ResolutionFact("T-2", "smb", Day(5), false)],
            facts.Resolutions.OrderBy(f => f.SubjectId));
    }

    [Fact]
    public async Task answered_surveys_of_the_period_and_the_one_before_are_survey_facts()
    {
        await Answer("S-before", "T-0", day: -10, rating: 2);
        await Answer("S-in", "T-1", day: 4, rating: 5);
        await Answer("S-after", "T-2", day: 15, rating: 1);
        await surveys.AddInvitationAsync(Invitation("S-unanswered", "T-3", "unused", day: 3), TestContext.Current.CancellationToken);

        var facts = await Source.ReadAsync(First, TestContext.Current.CancellationToken);

        Assert.Equal(
            [new SurveyFact("T-0", "mid-market", Day(-10), 2), new SurveyFact("T-1", "mid-market", Day(4), 5)],
            facts.Surveys.OrderBy(f => f.SubjectId));
    }

    [Fact]
    public async Task sla_facts_pair_each_case_and_ticket_with_its_own_escalation()
    {
        await cases.SaveAsync(Case("X-1", "enterprise", submittedDay: 0, activeDay: null) with { ResolvedAt = Day(6) });
        await tickets.SaveAsync(Ticket("X-1", "smb", createdDay: 0, resolvedDay: 1, firstContact: true));
        await escalations.AddAsync(
            new Escalation
            {
                Id = "E-1",
                SubjectKind = EscalationSubject.Case,
                SubjectId = "X-1",
                CustomerId = "CU-1",
                Segment = "enterprise",
                EscalatedAt = Day(3),
            },
            TestContext.Current.CancellationToken);

        var facts = await Source.ReadAsync(First, TestContext.Current.CancellationToken);

        Assert.Equal(
            [new SlaFact("X-1", "enterprise", Day(6), Day(3)), new SlaFact("X-1", "smb", Day(1), null)],
            facts.Slas.OrderBy(f => f.Segment));
        Assert.Equal(50m, SlaAttainment.Measure(facts.Slas, First, KpiSegments.All).Value);
    }

    private static OnboardingCase Case(string id, string segment, double submittedDay, double? activeDay) => new()
    {
        Id = id,
        CustomerId = "CU-1",
        Segment = segment,
        TransactionId = $"tx-{id}",
        SubmittedAt = Day(submittedDay),
        ActiveAt = activeDay is { } active ? Day(active) : null,
    };

    private static SupportTicket Ticket(string id, string segment, double createdDay, double? resolvedDay, bool firstContact) => new()
    {
        Id = id,
        CustomerId = "CU-1",
        Segment = segment,
        CreatedAt = Day(createdDay),
        ResolvedAt = resolvedDay is { } resolved ? Day(resolved) : null,
        Status = resolvedDay is null ? TicketStatus.Assigned : TicketStatus.Resolved,
        FirstContactResolution = firstContact,
    };

    private static SurveyInvitation Invitation(string id, string subjectId, string token, double day) => new()
    {
        Id = id,
        CustomerId = "CU-1",
        Segment = "mid-market",
        SubjectId = subjectId,
        TokenHash = SurveyTokens.Hash(token),
        CreatedAt = Day(day - 1),
        ExpiresAt = Day(day + 30),
    };

    private async Task Answer(string id, string subjectId, double day, int rating)
    {
        var ct = TestContext.Current.CancellationToken;
        await surveys.AddInvitationAsync(Invitation(id, subjectId, $"token-{id}", day), ct);
        var result = await surveys.AnswerAsync($"token-{id}", rating, comment: null, Day(day), ct);
        Assert.Equal(SurveyAnswerOutcome.Recorded, result.Outcome);
    }
}

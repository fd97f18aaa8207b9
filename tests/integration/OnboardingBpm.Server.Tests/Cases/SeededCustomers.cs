using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Cases;

/// <summary>A customer with one open case, saved through the domain stores the server uses (or one a workflow opened); ids are unique per call.</summary>
internal sealed record SeededCustomer(Customer Customer, OnboardingCase Case)
{
    public static async Task<SeededCustomer> SaveAsync(ServerFactory factory, string segment, OnboardingPhase phase = OnboardingPhase.Handoff)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var contact = new Contact($"Casey {suffix}", $"casey.{suffix}@customer.example", "+44 20 7946 0000");
        var customer = new Customer
        {
            Id = $"cust-{suffix}",
            Name = $"{segment} Co {suffix}",
            Segment = segment,
            Contacts = [contact],
            CreatedAt = factory.Clock.GetUtcNow(),
        };
        var onboardingCase = new OnboardingCase
        {
            Id = $"case-{suffix}",
            CustomerId = customer.Id,
            Segment = segment,
            TransactionId = $"tx-{suffix}",
            Phase = phase,
            SubmittedAt = factory.Clock.GetUtcNow(),
            Contact = contact,
        };
        var customers = factory.Services.GetRequiredService<ICustomerStore>();
        var cases = factory.Services.GetRequiredService<ICaseStore>();
        await customers.SaveAsync(customer, TestContext.Current.CancellationToken);
        await cases.SaveAsync(onboardingCase, TestContext.Current.CancellationToken);
        await cases.AppendEventAsync(onboardingCase.Id, new CaseEvent(factory.Clock.GetUtcNow(), "submitted", "web-form", "Request received"), TestContext.Current.CancellationToken);
        return new SeededCustomer(customer, onboardingCase);
    }

    /// <summary>The customer answers a satisfaction survey about <paramref name="subjectId"/> (a case or a ticket of theirs).</summary>
    public async Task AnswerSurveyAsync(ServerFactory factory, string subjectId, int rating, string? comment)
    {
        var surveys = factory.Services.GetRequiredService<ISurveyStore>();
        var (token, hash) = SurveyTokens.Create();
        var now = factory.Clock.GetUtcNow();
        await surveys.AddInvitationAsync(new SurveyInvitation
        {
            Id = $"survey-{Guid.NewGuid():N}",
            CustomerId = Customer.Id,
            Segment = Case.Segment,
            SubjectId = subjectId,
            TokenHash = hash,
            CreatedAt = now,
            ExpiresAt = now.AddDays(7),
        }, TestContext.Current.CancellationToken);
        await surveys.AnswerAsync(token, rating, comment, now, TestContext.Current.CancellationToken);
    }

    public async Task<Escalation> EscalateAsync(ServerFactory factory)
    {
        var escalation = new Escalation
        {
            Id = $"esc-{Case.Id}",
            SubjectKind = EscalationSubject.Case,
            SubjectId = Case.Id,
            CustomerId = Customer.Id,
            Segment = Case.Segment,
            EscalatedAt = factory.Clock.GetUtcNow(),
        };
        await factory.Services.GetRequiredService<IEscalationStore>().AddAsync(escalation, TestContext.Current.CancellationToken);
        return escalation;
    }
}

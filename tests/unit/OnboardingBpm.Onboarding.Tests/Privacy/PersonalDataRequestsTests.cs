using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Onboarding.Privacy;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Onboarding.Tickets;

namespace OnboardingBpm.Onboarding.Tests.Privacy;

public sealed class PersonalDataRequestsTests
{
    private static readonly DataRequester Admin = new("ada", "Admin");

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryCustomerStore customers = new();
    private readonly InMemoryCaseStore cases = new();
    private readonly InMemoryTicketStore tickets = new();
    private readonly InMemoryEscalationStore escalations = new();
    private readonly InMemorySurveyStore surveys = new();
    private readonly InMemoryAuditLog audit = new();
    private readonly InMemoryMailOutbox mails = new();

    private PersonalDataRequests Requests => new(customers, cases, tickets, escalations, surveys, audit, mails, clock);

    [Fact]
    public async Task an_export_holds_the_customer_its_cases_tickets_and_answers_and_is_audited()
    {
        var token = await SeedAsync();

        var export = await Requests.ExportAsync("cust-1", Admin);

        Assert.NotNull(export);
        Assert.Equal("dana@acme.example", export["customer"]!["contacts"]![0]!["email"]!.GetValue<string>());
        Assert.Equal("Kickoff booked", export["cases"]![0]!["timeline"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("t-1", export["tickets"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("Case", export["escalations"]![0]!["subjectKind"]!.GetValue<string>());
        Assert.Equal("Great kickoff, Dana here", export["surveyResponses"]![0]!["comment"]!.GetValue<string>());
        Assert.DoesNotContain(SurveyTokens.Hash(token), export.ToJsonString());
        var entry = Assert.Single((await audit.QueryAsync(new AuditQuery(SegmentScope.All) { ResourceId = "cust-1" })).Items);
        Assert.Equal((AuditAction.Export, "ada", "smb"), (entry.Action, entry.Actor, entry.Segment));
    }

    [Fact]
    public async Task erasure_replaces_personal_fields_keeps_the_kpi_facts_and_is_audited()
    {
        await SeedAsync();

        Assert.True(await Requests.EraseAsync("cust-1", Admin));

        var customer = await customers.FindAsync("cust-1", SegmentScope.All);
        Assert.Equal([Contact.Erased], customer!.Contacts);
        Assert.Equal(clock.GetUtcNow(), customer.ErasedAt);
        Assert.Empty(await customers.FindByEmailAsync("dana@acme.example", SegmentScope.All));
        var erasedCase = await cases.FindAsync("case-1", SegmentScope.All);
        Assert.Equal(Contact.Erased, erasedCase!.Contact);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), erasedCase.SubmittedAt);
        var response = Assert.Single((await surveys.ListResponsesAsync(new SurveyResponseQuery(SegmentScope.All))).Items);
        Assert.Equal((5, PersonalData.Tombstone), (response.Rating, response.Comment));
        Assert.Equal(AuditAction.Erase, Assert.Single((await audit.QueryAsync(new AuditQuery(SegmentScope.All))).Items).Action);
        Assert.DoesNotContain("Dana", (await Requests.ExportAsync("cust-1", Admin))!.ToJsonString());
    }

    [Fact]
    public async Task erasure_deletes_the_mails_sent_to_the_customer_and_keeps_everyone_elses()
    {
        await SeedAsync();
        await mails.AddAsync(new StoredMail(new MailMessage { Id = "m-1", To = ["Dana@Acme.example"], Subject = "Welcome, Dana" }, clock.GetUtcNow(), "outbox"));
        await mails.AddAsync(new StoredMail(new MailMessage { Id = "m-2", To = ["lead@onboardingbpm.local"], Cc = ["dana@acme.example"], Subject = "Escalated" }, clock.GetUtcNow(), "outbox"));
        await mails.AddAsync(new StoredMail(new MailMessage { Id = "m-3", To = ["fox@other.example"], Subject = "Welcome, Fox" }, clock.GetUtcNow(), "outbox"));

        await Requests.EraseAsync("cust-1", Admin);

        Assert.Equal(["m-3"], (await mails.ListAsync(new MailQuery())).Select(m => m.Message.Id));
        Assert.Contains("2 mails", Assert.Single((await audit.QueryAsync(new AuditQuery(SegmentScope.All))).Items).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_unknown_customer_is_neither_exported_nor_erased_nor_audited()
    {
        Assert.Null(await Requests.ExportAsync("nobody", Admin));
        Assert.False(await Requests.EraseAsync("nobody", Admin));
        Assert.Equal(0, (await audit.QueryAsync(new AuditQuery(SegmentScope.All))).Total);
    }

    private async Task<string> SeedAsync()
    {
        var dana = new Contact("Dana Scully", "dana@acme.example", "+1 555 0100");
        await customers.SaveAsync(new Customer { Id = "cust-1", Name = "Acme", Segment = Segments.Smb, Contacts = [dana] });
        await cases.SaveAsync(new OnboardingCase { Id = "case-1", CustomerId = "cust-1", Segment = Segments.Smb, TransactionId = "f-1", SubmittedAt = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), Contact = dana });
        await cases.AppendEventAsync("case-1", new CaseEvent(clock.GetUtcNow(), "note", "agent-1", "Kickoff booked"));
        await tickets.SaveAsync(new SupportTicket { Id = "t-1", CustomerId = "cust-1", Segment = Segments.Smb, CreatedAt = clock.GetUtcNow() });
        await escalations.AddAsync(new Escalation { Id = "e-1", SubjectKind = EscalationSubject.Case, SubjectId = "case-1", CustomerId = "cust-1", Segment = Segments.Smb, EscalatedAt = clock.GetUtcNow() });
        var (token, hash) = SurveyTokens.Create();
        await surveys.AddInvitationAsync(new SurveyInvitation { Id = "s-1", CustomerId = "cust-1", Segment = Segments.Smb, SubjectId = "case-1", TokenHash = hash, CreatedAt = clock.GetUtcNow(), ExpiresAt = clock.GetUtcNow().AddDays(7) });
        await surveys.AnswerAsync(token, 5, "Great kickoff, Dana here", clock.GetUtcNow());
        return token;
    }
}

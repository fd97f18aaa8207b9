using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Onboarding.Tickets;

namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>Support tickets and escalations.</summary>
public abstract partial class WorkflowStoreCompliance
{
    private ITicketStore Tickets => Service<ITicketStore>();

    private IEscalationStore Escalations => Service<IEscalationStore>();

    [Fact]
    public async Task a_ticket_reads_back_whole_and_other_segments_stay_hidden()
    {
        var now = Engine.Clock.GetUtcNow();
        var ticket = new SupportTicket
        {
            Id = "t-1",
            CustomerId = "acme",
            Segment = Segments.Enterprise,
            Subject = "SSO fails",
            Priority = TicketPriority.Urgent,
            Status = TicketStatus.Reopened,
            CreatedAt = now,
            SlaDueAt = now.AddHours(4),
            Assignee = "agent-1",
            ReopenCount = 1,
            FirstContactResolution = false,
            ResolvedAt = now.AddHours(2),
            KbArticleId = "kb-sso",
            KbArticleVersion = 2,
            KbOutdated = true,
        };
        await Tickets.SaveAsync(ticket);
        await Tickets.SaveAsync(new SupportTicket { Id = "t-2", CustomerId = "smallco", Segment = Segments.Smb, CreatedAt = now.AddMinutes(1), Assignee = "agent-1" });

        Assert.Equal(ticket, await Tickets.FindAsync("t-1", SegmentScope.All));
        Assert.Null(await Tickets.FindAsync("t-1", SegmentScope.Only(Segments.Smb)));
        Assert.Equal(["t-2"], (await Tickets.ListAsync(new TicketQuery(SegmentScope.Only(Segments.Smb)) { Assignee = "agent-1" })).Items.Select(t => t.Id));
        Assert.Equal(["t-1"], (await Tickets.ListAsync(new TicketQuery(SegmentScope.All) { Status = TicketStatus.Reopened })).Items.Select(t => t.Id));
    }

    [Fact]
    public async Task a_subject_is_escalated_once_and_acknowledged_once_within_its_segment()
    {
        var escalation = new Escalation { Id = "e-1", SubjectKind = EscalationSubject.Case, SubjectId = "case-1", CustomerId = "acme", Segment = Segments.Enterprise, EscalatedAt = Engine.Clock.GetUtcNow(), NotifiedSupervisor = "sup@example.com" };

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Task.Run(() => Escalations.AddAsync(escalation with { Id = $"e-{i + 1}" }))));
        Assert.True(await Escalations.AddAsync(escalation with { Id = "e-t", SubjectKind = EscalationSubject.Ticket }));

        Assert.Equal(1, results.Count(r => r));
        var stored = (await Escalations.FindBySubjectAsync(EscalationSubject.Case, "case-1", SegmentScope.All))!.Id;
        Assert.False(await Escalations.AcknowledgeAsync(stored, "agent", Engine.Clock.GetUtcNow(), SegmentScope.Only(Segments.Smb)));
        Assert.True(await Escalations.AcknowledgeAsync(stored, "sup", Engine.Clock.GetUtcNow(), SegmentScope.Only(Segments.Enterprise)));
        Assert.False(await Escalations.AcknowledgeAsync(stored, "sup", Engine.Clock.GetUtcNow(), SegmentScope.All));
        Assert.Equal("sup", (await Escalations.FindBySubjectAsync(EscalationSubject.Case, "case-1", SegmentScope.All))!.AcknowledgedBy);
        Assert.Null(await Escalations.FindBySubjectAsync(EscalationSubject.Case, "case-1", SegmentScope.Only(Segments.Smb)));
        Assert.Equal(["e-t"], (await Escalations.ListAsync(new EscalationQuery(SegmentScope.All) { OpenOnly = true })).Items.Select(e => e.Id));
        Assert.Empty((await Escalations.ListAsync(new EscalationQuery(SegmentScope.Only(Segments.Smb)))).Items);
    }
}

using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Customers;

namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>Onboarding cases and their timelines.</summary>
public abstract partial class WorkflowStoreCompliance
{
    private ICaseStore Cases => Service<ICaseStore>();

    [Fact]
    public async Task a_case_reads_back_with_every_kpi_timestamp_and_its_contact_encrypted_at_rest()
    {
        var now = Engine.Clock.GetUtcNow();
        var onboarding = NewCase("case-1", Segments.MidMarket) with
        {
            SalesforceCaseId = "500X",
            Phase = OnboardingPhase.Training,
            Status = CaseStatus.Escalated,
            HealthScore = 64,
            CreatedInCrmAt = now.AddMinutes(3),
            FirstContactAt = now.AddHours(5),
            ResolvedAt = now.AddDays(20),
            ActiveAt = now.AddDays(30),
            IsEscalated = true,
            Contact = new Contact("Monica Reyes", "monica@globex.example", "+1 555 0142"),
            WorkflowInstanceId = "wf-1",
        };

        await Cases.SaveAsync(onboarding);

        Assert.Equal(onboarding, await Cases.FindAsync("case-1", SegmentScope.All));
        Assert.Equal(onboarding, await Cases.FindByTransactionIdAsync("txn-case-1", SegmentScope.All));
        var raw = string.Join("|", Assert.Single(await RawAsync("SELECT contact_name_cipher, contact_email_cipher, contact_phone_cipher FROM onboarding_cases")));
        Assert.DoesNotContain("monica", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("0142", raw);
    }

    [Fact]
    public async Task a_second_case_with_the_same_transaction_id_is_refused()
    {
        await Cases.SaveAsync(NewCase("case-1", Segments.Smb));

        var error = await Assert.ThrowsAsync<DuplicateTransactionException>(() => Cases.SaveAsync(NewCase("case-2", Segments.Smb) with { TransactionId = "txn-case-1" }));

        Assert.Equal("txn-case-1", error.TransactionId);
        Assert.Null(await Cases.FindAsync("case-2", SegmentScope.All));
    }

    [Fact]
    public async Task cases_and_timelines_of_another_segment_are_never_returned()
    {
        await Cases.SaveAsync(NewCase("case-e", Segments.Enterprise));
        await Cases.SaveAsync(NewCase("case-s", Segments.Smb) with { Status = CaseStatus.Resolved });
        Assert.True(await Cases.AppendEventAsync("case-e", new CaseEvent(Engine.Clock.GetUtcNow(), "note", "agent-1", "Kickoff booked")));
        Assert.False(await Cases.AppendEventAsync("nope", new CaseEvent(Engine.Clock.GetUtcNow(), "note", "agent-1", "lost")));
        var smb = SegmentScope.Only(Segments.Smb);

        Assert.Null(await Cases.FindAsync("case-e", smb));
        Assert.Null(await Cases.FindByTransactionIdAsync("txn-case-e", smb));
        Assert.Empty(await Cases.TimelineAsync("case-e", smb));
        Assert.Equal("Kickoff booked", Assert.Single(await Cases.TimelineAsync("case-e", SegmentScope.All)).Text);
        Assert.Equal(["case-s"], (await Cases.ListAsync(new CaseQuery(smb))).Items.Select(c => c.Id));
        Assert.Empty((await Cases.ListAsync(new CaseQuery(SegmentScope.All) { Status = CaseStatus.Open, CustomerId = "cust-case-s" })).Items);
    }

    [Fact]
    public async Task the_case_list_pages_newest_submission_first_with_the_total()
    {
        for (var i = 0; i < 5; i++)
        {
            await Cases.SaveAsync(NewCase($"case-{i}", Segments.Smb) with { SubmittedAt = Engine.Clock.GetUtcNow().AddDays(i) });
        }

        var page = await Cases.ListAsync(new CaseQuery(SegmentScope.All) { Skip = 1, Take = 2 });

        Assert.Equal(5, page.Total);
        Assert.Equal(["case-3", "case-2"], page.Items.Select(c => c.Id));
    }

    private OnboardingCase NewCase(string id, string segment) =>
        new() { Id = id, CustomerId = "cust-" + id, Segment = segment, TransactionId = "txn-" + id, SubmittedAt = Engine.Clock.GetUtcNow() };
}

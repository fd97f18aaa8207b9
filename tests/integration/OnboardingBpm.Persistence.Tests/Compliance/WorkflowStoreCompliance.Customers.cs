using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Privacy;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Persistence.Tests.Support;

namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>Customers: contacts encrypted at rest, found by email through the blind index, erased on request.</summary>
public abstract partial class WorkflowStoreCompliance
{
    private static readonly Contact Dana = new("Dana Scully", "Dana.Scully@Acme.example", "+1 555 0100");

    private ICustomerStore Customers => Service<ICustomerStore>();

    [Fact]
    public async Task a_customer_reads_back_with_its_contacts_in_order()
    {
        var fox = new Contact("Fox Mulder", null, "+1 555 0101");
        await Customers.SaveAsync(NewCustomer("acme", Segments.Enterprise, Dana, fox) with { Tier = "gold", Region = "EMEA", SalesforceAccountId = "001A" });
        await Customers.SaveAsync(NewCustomer("acme", Segments.Enterprise, fox, Dana) with { Tier = "platinum" });

        var stored = await Customers.FindAsync("acme", SegmentScope.All);

        Assert.Equal([fox, Dana], stored!.Contacts);
        Assert.Equal(("platinum", Engine.Clock.GetUtcNow()), (stored.Tier, stored.CreatedAt));
    }

    [Fact]
    public async Task a_segment_filter_never_returns_a_customer_of_another_segment()
    {
        await Customers.SaveAsync(NewCustomer("acme", Segments.Enterprise, Dana));
        await Customers.SaveAsync(NewCustomer("smallco", Segments.Smb, new Contact("Sam", "dana.scully@acme.example", null)));
        var smb = SegmentScope.Only(Segments.Smb);

        Assert.Null(await Customers.FindAsync("acme", smb));
        Assert.Equal(["smallco"], (await Customers.ListAsync(new CustomerQuery(smb))).Items.Select(c => c.Id));
        Assert.Equal(["smallco"], (await Customers.FindByEmailAsync(Dana.Email!, smb)).Select(c => c.Id));
        Assert.Empty((await Customers.ListAsync(new CustomerQuery(new SegmentScope([])))).Items);
        Assert.Equal(2, (await Customers.ListAsync(new CustomerQuery(SegmentScope.All))).Total);
    }

    [Fact]
    public async Task contact_columns_in_the_database_hold_ciphertext_never_the_plaintext()
    {
        await Customers.SaveAsync(NewCustomer("acme", Segments.Enterprise, Dana));

        var row = Assert.Single(await RawAsync("SELECT name_cipher, email_cipher, phone_cipher, email_index FROM customer_contacts"));

        Assert.DoesNotContain("dana", string.Join("|", row), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("555", string.Join("|", row));
        Assert.Equal(Dana.Email, Protector.Unprotect(row[1]!));
        Assert.Equal("k1", KeyIdOf(row[1]!));
        Assert.Equal(Protector.EmailIndex("dana.scully@acme.example"), row[3]);
    }

    [Fact]
    public async Task a_customer_is_found_by_email_through_the_blind_index_whatever_the_case()
    {
        await Customers.SaveAsync(NewCustomer("acme", Segments.Enterprise, Dana));
        await Customers.SaveAsync(NewCustomer("other", Segments.Enterprise, new Contact("Fox", "fox@acme.example", null)));

        var found = await Customers.FindByEmailAsync("  dana.scully@ACME.example ", SegmentScope.All);

        Assert.Equal("acme", Assert.Single(found).Id);
        Assert.Empty(await Customers.FindByEmailAsync("scully@acme.example", SegmentScope.All));
    }

    [Fact]
    public async Task data_written_with_an_old_key_still_reads_after_a_new_key_becomes_active()
    {
        await Customers.SaveAsync(NewCustomer("acme", Segments.Enterprise, Dana));
        var clock = Engine.Clock;
        await Engine.DisposeAsync();
        Engine = await DurableEngine.StartAsync(database, clock, configuration: TestPrivacy.Configuration("k2", ("k1", TestPrivacy.FirstKey), ("k2", TestPrivacy.SecondKey)));

        var old = await Customers.FindAsync("acme", SegmentScope.All);
        await Customers.SaveAsync(NewCustomer("newco", Segments.Smb, new Contact("Walter Skinner", "walter@newco.example", null)));

        Assert.Equal([Dana], old!.Contacts);
        Assert.Equal("acme", Assert.Single(await Customers.FindByEmailAsync(Dana.Email!, SegmentScope.All)).Id);
        var keyIds = (await RawAsync("SELECT customer_id, email_cipher FROM customer_contacts ORDER BY customer_id")).Select(r => (r[0], KeyIdOf(r[1]!)));
        Assert.Equal([("acme", "k1"), ("newco", "k2")], keyIds);
    }

    [Fact]
    public async Task erasure_leaves_no_plaintext_and_no_index_but_keeps_the_facts_kpis_need()
    {
        await Customers.SaveAsync(NewCustomer("acme", Segments.Enterprise, Dana));
        await Service<ICaseStore>().SaveAsync(new OnboardingCase { Id = "case-1", CustomerId = "acme", Segment = Segments.Enterprise, TransactionId = "f-1", SubmittedAt = Engine.Clock.GetUtcNow(), Contact = Dana });
        var (token, hash) = SurveyTokens.Create();
        await Service<ISurveyStore>().AddInvitationAsync(new SurveyInvitation { Id = "s-1", CustomerId = "acme", Segment = Segments.Enterprise, SubjectId = "case-1", TokenHash = hash, CreatedAt = Engine.Clock.GetUtcNow(), ExpiresAt = Engine.Clock.GetUtcNow().AddDays(7) });
        await Service<ISurveyStore>().AnswerAsync(token, 2, "Dana says the kickoff was late", Engine.Clock.GetUtcNow());

        Assert.True(await Service<PersonalDataRequests>().EraseAsync("acme", new DataRequester("ada", "Admin")));

        foreach (var table in new[] { "customer_contacts", "onboarding_cases", "survey_responses" })
        {
            var text = string.Join("\n", (await RawAsync($"SELECT * FROM {table}")).Select(row => string.Join("|", row.Select(v => v is not null && v.Length > 40 && !v.Contains(' ') ? TryUnprotect(v) : v))));
            Assert.DoesNotContain("dana", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("555", text);
        }

        Assert.All(Assert.Single(await RawAsync("SELECT email_cipher, phone_cipher, email_index FROM customer_contacts")), Assert.Null);
        Assert.Empty(await Customers.FindByEmailAsync(Dana.Email!, SegmentScope.All));
        Assert.Equal([Contact.Erased], (await Customers.FindAsync("acme", SegmentScope.All))!.Contacts);
        var erasedCase = await Service<ICaseStore>().FindAsync("case-1", SegmentScope.All);
        Assert.Equal((Contact.Erased, Engine.Clock.GetUtcNow()), (erasedCase!.Contact, erasedCase.SubmittedAt));
        var response = Assert.Single((await Service<ISurveyStore>().ListResponsesAsync(new SurveyResponseQuery(SegmentScope.All))).Items);
        Assert.Equal((2, PersonalData.Tombstone), (response.Rating, response.Comment));
        var audit = Assert.Single((await Service<IAuditLog>().QueryAsync(new AuditQuery(SegmentScope.All) { ResourceId = "acme" })).Items);
        Assert.Equal((AuditAction.Erase, "ada"), (audit.Action, audit.Actor));
    }

    /// <summary>Decrypts what is a protected value, so the plaintext search also sees inside the ciphertext.</summary>
    private string TryUnprotect(string value)
    {
        try
        {
            return Protector.Unprotect(value);
        }
        catch (Exception ex) when (ex is PersonalDataException or FormatException)
        {
            return value;
        }
    }

    private Customer NewCustomer(string id, string segment, params Contact[] contacts) =>
        new() { Id = id, Name = id.ToUpperInvariant(), Segment = segment, Contacts = contacts, CreatedAt = Engine.Clock.GetUtcNow() };
}

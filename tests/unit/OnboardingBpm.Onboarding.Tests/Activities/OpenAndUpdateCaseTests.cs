using System.Text.Json.Nodes;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Tests.Activities;

public sealed class OpenAndUpdateCaseTests
{
    [Fact]
    public async Task opening_the_same_transaction_twice_keeps_one_case_one_customer_and_one_opened_entry()
    {
        await using var harness = new ActivityHarness();

        var first = await harness.RunAsync("OpenOnboardingCase", Submission("web-42"), "CaseId", "CustomerId", "Opened");
        var second = await harness.RunAsync("OpenOnboardingCase", Submission("web-42"), "CaseId", "CustomerId", "Opened");

        Assert.Equal(WorkflowStatus.Finished, first.Status);
        var caseId = first.Variables["CaseId"]!.GetValue<string>();
        Assert.Equal(caseId, second.Variables["CaseId"]!.GetValue<string>());
        Assert.True(first.Variables["Opened"]!.GetValue<bool>());
        Assert.False(second.Variables["Opened"]!.GetValue<bool>());
        var cases = await harness.Cases.ListAsync(new CaseQuery(SegmentScope.All));
        var opened = Assert.Single(cases.Items);
        Assert.Equal(("smb", "500A", "Dana Scully"), (opened.Segment, opened.SalesforceCaseId, opened.Contact!.Name));
        Assert.Equal(first.Variables["CustomerId"]!.GetValue<string>(), opened.CustomerId);
        Assert.Single((await harness.Customers.ListAsync(new Customers.CustomerQuery(SegmentScope.All))).Items);
        Assert.Single(await harness.Cases.TimelineAsync(caseId, SegmentScope.All), e => e.Kind == "opened");
    }

    [Fact]
    public async Task a_second_submission_of_a_known_customer_opens_a_new_case_for_the_same_customer()
    {
        await using var harness = new ActivityHarness();

        var first = await harness.RunAsync("OpenOnboardingCase", Submission("web-1"), "CaseId", "CustomerId");
        var second = await harness.RunAsync("OpenOnboardingCase", Submission("web-2"), "CaseId", "CustomerId");

        Assert.NotEqual(first.Variables["CaseId"]!.GetValue<string>(), second.Variables["CaseId"]!.GetValue<string>());
        Assert.Equal(first.Variables["CustomerId"]!.GetValue<string>(), second.Variables["CustomerId"]!.GetValue<string>());
    }

    [Fact]
    public async Task an_update_keeps_the_earliest_first_contact_and_a_repeated_note_is_written_once()
    {
        await using var harness = new ActivityHarness();
        var onboardingCase = await harness.AddCaseAsync("enterprise");
        var early = harness.Clock.GetUtcNow().AddHours(2);

        await harness.RunAsync("UpdateOnboardingCase", Update(onboardingCase.Id, early));
        await harness.RunAsync("UpdateOnboardingCase", Update(onboardingCase.Id, early.AddHours(5)));

        var updated = await harness.Cases.FindAsync(onboardingCase.Id, SegmentScope.All);
        Assert.Equal(early, updated!.FirstContactAt);
        Assert.Equal((OnboardingPhase.KickoffAndPlanning, 65), (updated.Phase, updated.HealthScore));
        Assert.Single(await harness.Cases.TimelineAsync(onboardingCase.Id, SegmentScope.All), e => e.Text == "The customer was contacted.");
    }

    [Fact]
    public async Task updating_an_unknown_case_faults_the_step()
    {
        await using var harness = new ActivityHarness();

        var run = await harness.RunAsync("UpdateOnboardingCase", new JsonObject { ["caseId"] = "case-missing", ["healthScore"] = 50 });

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
    }

    private static JsonObject Submission(string transactionId) => new()
    {
        ["transactionId"] = transactionId,
        ["customerName"] = "Scully & Co",
        ["segment"] = "smb",
        ["contact"] = new JsonObject { ["name"] = "Dana Scully", ["email"] = "dana@scully.example", ["phone"] = "+1 555 0100" },
        ["salesforceCaseId"] = "500A",
    };

    private static JsonObject Update(string caseId, DateTimeOffset firstContact) => new()
    {
        ["caseId"] = caseId,
        ["phase"] = "KickoffAndPlanning",
        ["healthScore"] = 65,
        ["firstContactAt"] = firstContact.ToString("O"),
        ["note"] = "The customer was contacted.",
    };
}

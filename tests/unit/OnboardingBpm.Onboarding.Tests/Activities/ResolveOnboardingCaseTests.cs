using System.Text.Json.Nodes;
using OnboardingBpm.Onboarding.Cases;

namespace OnboardingBpm.Onboarding.Tests.Activities;

public sealed class ResolveOnboardingCaseTests
{
    [Fact]
    public async Task the_first_resolution_counts_and_a_repeat_changes_nothing()
    {
        await using var harness = new ActivityHarness();
        var onboardingCase = await harness.AddCaseAsync("smb");
        harness.Clock.Advance(TimeSpan.FromHours(5));
        var resolvedAt = harness.Clock.GetUtcNow();

        var first = await harness.RunAsync("ResolveOnboardingCase", new JsonObject { ["caseId"] = onboardingCase.Id, ["resolvedBy"] = "ada.agent" }, "Resolved", "Segment");
        harness.Clock.Advance(TimeSpan.FromHours(1));
        var second = await harness.RunAsync("ResolveOnboardingCase", new JsonObject { ["caseId"] = onboardingCase.Id }, "Resolved");

        Assert.True(first.Variables["Resolved"]!.GetValue<bool>());
        Assert.Equal("smb", first.Variables["Segment"]!.GetValue<string>());
        Assert.False(second.Variables["Resolved"]!.GetValue<bool>());
        var stored = await harness.Cases.FindAsync(onboardingCase.Id, SegmentScope.All);
        Assert.Equal((CaseStatus.Resolved, resolvedAt), (stored!.Status, stored.ResolvedAt));
        var entry = Assert.Single(await harness.Cases.TimelineAsync(onboardingCase.Id, SegmentScope.All), e => e.Kind == "resolved");
        Assert.Equal("ada.agent", entry.Actor);
    }

    [Fact]
    public async Task an_escalated_case_can_still_be_resolved()
    {
        await using var harness = new ActivityHarness();
        var onboardingCase = await harness.AddCaseAsync("smb", CaseStatus.Escalated);

        var run = await harness.RunAsync("ResolveOnboardingCase", new JsonObject { ["caseId"] = onboardingCase.Id }, "Resolved");

        Assert.True(run.Variables["Resolved"]!.GetValue<bool>());
        Assert.Equal(CaseStatus.Resolved, (await harness.Cases.FindAsync(onboardingCase.Id, SegmentScope.All))!.Status);
    }

    [Fact]
    public async Task an_unknown_case_is_not_a_fault()
    {
        await using var harness = new ActivityHarness();

        var run = await harness.RunAsync("ResolveOnboardingCase", new JsonObject { ["caseId"] = "case-nobody" }, "Resolved", "Segment");

        Assert.Equal(OnboardingBpm.Workflows.Execution.WorkflowStatus.Finished, run.Status);
        Assert.False(run.Variables["Resolved"]!.GetValue<bool>());
        Assert.Equal("", run.Variables["Segment"]!.GetValue<string>());
    }
}

using System.Text.Json.Nodes;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Onboarding.Activities;
using OnboardingBpm.Onboarding.Health;

namespace OnboardingBpm.Onboarding.Tests.Activities;

public sealed class AssessCaseHealthTests
{
    [Fact]
    public async Task a_check_in_with_low_engagement_stores_the_score_and_alerts_the_segment_once()
    {
        await using var harness = new ActivityHarness();
        var onboardingCase = await harness.AddCaseAsync("mid-market");
        var inputs = new JsonObject
        {
            ["caseId"] = onboardingCase.Id,
            ["engagement"] = 90,
            ["checkIn"] = new JsonObject { ["engagementScore"] = 60, ["blocker"] = "VPN access", ["notes"] = "quiet call" },
        };

        var first = await harness.RunAsync("AssessCaseHealth", inputs, "Score", "EngagementAfter", "BlockersAfter", "Warnings");
        await harness.RunAsync("AssessCaseHealth", inputs);

        Assert.Equal(HealthScore.Assess(new HealthRecord(60, [new Blocker("VPN access", harness.Clock.GetUtcNow())], []), harness.Clock.GetUtcNow()).Score, first.Variables["Score"]!.GetValue<int>());
        Assert.Equal(60, first.Variables["EngagementAfter"]!.GetValue<int>());
        Assert.Equal("VPN access", first.Variables["BlockersAfter"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(["LowEngagement"], first.Variables["Warnings"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal(first.Variables["Score"]!.GetValue<int>(), (await harness.Cases.FindAsync(onboardingCase.Id, SegmentScope.All))!.HealthScore);
        var alert = Assert.Single(await harness.Alerts.ListAsync(new AlertQuery()));
        Assert.Equal(("segment:mid-market", AssessCaseHealth.AlertKind), (alert.Audience, alert.Kind));
        Assert.Contains("engagement below 70", alert.Title, StringComparison.Ordinal);
        Assert.Single(await harness.Cases.TimelineAsync(onboardingCase.Id, SegmentScope.All), e => e.Kind == AssessCaseHealth.AlertKind);
    }

    [Fact]
    public async Task each_trigger_is_alerted_once_per_case_and_a_late_milestone_is_named()
    {
        await using var harness = new ActivityHarness();
        var onboardingCase = await harness.AddCaseAsync("smb");
        var now = harness.Clock.GetUtcNow();
        var inputs = new JsonObject
        {
            ["caseId"] = onboardingCase.Id,
            ["engagement"] = 50,
            ["blockers"] = new JsonArray(new JsonObject { ["title"] = "Data export", ["openedAt"] = now.AddDays(-4).ToString("O") }),
            ["milestones"] = new JsonArray(new JsonObject { ["name"] = "Implementation", ["dueAt"] = now.AddDays(-9).ToString("O") }),
        };

        await harness.RunAsync("AssessCaseHealth", inputs);
        await harness.RunAsync("AssessCaseHealth", inputs);

        var alerts = await harness.Alerts.ListAsync(new AlertQuery());
        Assert.Equal(3, alerts.Count);
        Assert.Contains(alerts, a => a.Detail!.Contains("Implementation (due", StringComparison.Ordinal));
        Assert.Contains(alerts, a => a.Detail!.Contains("Data export", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_reached_milestone_is_returned_completed()
    {
        await using var harness = new ActivityHarness();
        var onboardingCase = await harness.AddCaseAsync("smb");
        var inputs = new JsonObject
        {
            ["caseId"] = onboardingCase.Id,
            ["milestones"] = new JsonArray(new JsonObject { ["name"] = "Handoff", ["dueAt"] = harness.Clock.GetUtcNow().AddDays(2).ToString("O") }),
            ["milestoneReached"] = "Handoff",
        };

        var run = await harness.RunAsync("AssessCaseHealth", inputs, "MilestonesAfter", "Score");

        Assert.NotNull(run.Variables["MilestonesAfter"]![0]!["completedAt"]);
        Assert.Equal(100, run.Variables["Score"]!.GetValue<int>());
        Assert.Empty(await harness.Alerts.ListAsync(new AlertQuery()));
    }
}

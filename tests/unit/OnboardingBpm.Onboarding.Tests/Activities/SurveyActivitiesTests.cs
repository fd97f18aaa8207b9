using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OnboardingBpm.Onboarding.Activities;
using OnboardingBpm.Onboarding.Surveys;

namespace OnboardingBpm.Onboarding.Tests.Activities;

public sealed partial class SurveyActivitiesTests
{
    [Fact]
    public async Task the_invitation_mails_a_link_whose_token_only_the_mail_holds()
    {
        await using var harness = new ActivityHarness(new() { ["Onboarding:PublicBaseUrl"] = "https://csat.example/" });
        var onboardingCase = await harness.AddCaseAsync("smb", Cases.CaseStatus.Resolved);

        var run = await harness.RunAsync("CreateSurveyInvitation", new JsonObject { ["caseId"] = onboardingCase.Id }, "InvitationId", "ExpiresAt", "Created");

        var mail = Assert.Single(await harness.MailsAsync());
        Assert.Equal(["ada@acme.example"], mail.To);
        var token = LinkToken().Match(mail.TextBody!).Groups["token"].Value;
        Assert.NotEmpty(token);
        Assert.Contains($"https://csat.example/survey/{token}", mail.HtmlBody);
        var invitation = await harness.Surveys.FindByTokenAsync(token);
        Assert.NotNull(invitation);
        Assert.Equal(invitation.Id, run.Variables["InvitationId"]!.GetValue<string>());
        Assert.Equal(SurveyTokens.Hash(token), invitation.TokenHash);
        Assert.Equal(harness.Clock.GetUtcNow() + TimeSpan.FromDays(7), invitation.ExpiresAt);
        Assert.True(run.Variables["Created"]!.GetValue<bool>());
        Assert.DoesNotContain(token, await harness.RecordedTextAsync(run.Id));
    }

    [Fact]
    public async Task a_case_gets_one_invitation_however_often_the_step_runs()
    {
        await using var harness = new ActivityHarness();
        var onboardingCase = await harness.AddCaseAsync("smb", Cases.CaseStatus.Resolved);
        var inputs = new JsonObject { ["caseId"] = onboardingCase.Id, ["expiresIn"] = "P3D" };

        var first = await harness.RunAsync("CreateSurveyInvitation", inputs, "InvitationId", "Created");
        var second = await harness.RunAsync("CreateSurveyInvitation", inputs, "InvitationId", "Created");

        Assert.Equal(first.Variables["InvitationId"]!.GetValue<string>(), second.Variables["InvitationId"]!.GetValue<string>());
        Assert.False(second.Variables["Created"]!.GetValue<bool>());
        var mail = Assert.Single(await harness.MailsAsync());
        Assert.StartsWith($"{CreateSurveyInvitation.DefaultPublicBaseUrl}/survey/", LinkToken().Match(mail.TextBody!).Value);
        var invitation = Assert.Single(await harness.Surveys.ListInvitationsAsync(onboardingCase.CustomerId, SegmentScope.All));
        Assert.Equal(harness.Clock.GetUtcNow() + TimeSpan.FromDays(3), invitation.ExpiresAt);
    }

    [Fact]
    public async Task an_unanswered_invitation_is_reminded_once()
    {
        await using var harness = new ActivityHarness();
        var onboardingCase = await harness.AddCaseAsync("smb", Cases.CaseStatus.Resolved);
        var invitationId = await InviteAsync(harness, onboardingCase.Id);

        var first = await harness.RunAsync("SendSurveyReminder", new JsonObject { ["invitationId"] = invitationId }, "Reminded");
        var second = await harness.RunAsync("SendSurveyReminder", new JsonObject { ["invitationId"] = invitationId }, "Reminded");

        Assert.True(first.Variables["Reminded"]!.GetValue<bool>());
        Assert.False(second.Variables["Reminded"]!.GetValue<bool>());
        var mails = await harness.MailsAsync();
        Assert.Equal(2, mails.Count);
        Assert.Single(mails, m => m.Subject.StartsWith("A reminder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task an_answered_invitation_is_not_reminded()
    {
        await using var harness = new ActivityHarness();
        var onboardingCase = await harness.AddCaseAsync("smb", Cases.CaseStatus.Resolved);
        var invitationId = await InviteAsync(harness, onboardingCase.Id);
        var token = LinkToken().Match(Assert.Single(await harness.MailsAsync()).TextBody!).Groups["token"].Value;
        await harness.Surveys.AnswerAsync(token, 4, null, harness.Clock.GetUtcNow());

        var run = await harness.RunAsync("SendSurveyReminder", new JsonObject { ["invitationId"] = invitationId }, "Reminded");

        Assert.False(run.Variables["Reminded"]!.GetValue<bool>());
        Assert.Single(await harness.MailsAsync());
    }

    [Fact]
    public async Task a_resolution_of_an_unknown_case_surveys_no_one()
    {
        await using var harness = new ActivityHarness();

        var run = await harness.RunAsync("CreateSurveyInvitation", new JsonObject { ["caseId"] = "C-1" }, "Created");

        Assert.Equal(Workflows.Execution.WorkflowStatus.Finished, run.Status);
        Assert.False(run.Variables["Created"]!.GetValue<bool>());
        Assert.Empty(await harness.MailsAsync());
    }

    private static async Task<string> InviteAsync(ActivityHarness harness, string caseId) =>
        (await harness.RunAsync("CreateSurveyInvitation", new JsonObject { ["caseId"] = caseId }, "InvitationId"))
            .Variables["InvitationId"]!.GetValue<string>();

    [GeneratedRegex(@"\S+/survey/(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex LinkToken();
}

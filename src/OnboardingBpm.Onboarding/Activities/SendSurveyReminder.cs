using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

/// <summary>
/// The one reminder. Only the token's hash is kept, so the reminder cannot repeat the link: it points the
/// contact to the first mail and says until when the link works.
/// </summary>
[Activity("SendSurveyReminder", OnboardingActivities.Category, "Send survey reminder",
    Description = "Mails the contact one reminder for an unanswered survey invitation; Reminded is false when it was answered or reminded already.")]
public sealed class SendSurveyReminder : Activity
{
    [Input(Description = "The survey invitation's id.", Required = true)]
    public Input<string> InvitationId { get; set; } = default!;

    [Output(Description = "True when this step sent the reminder.")]
    public Output<bool> Reminded { get; set; } = default!;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var surveys = context.Services.GetRequiredService<ISurveyStore>();
        var id = context.Get(InvitationId);
        var invitation = await surveys.FindInvitationAsync(id, SegmentScope.All, context.CancellationToken)
            ?? throw new ActivityFaultException($"There is no survey invitation {id}.") { Permanent = true };
        var reminded = invitation.AnsweredAt is null && context.Now < invitation.ExpiresAt
            && await surveys.MarkReminderSentAsync(id, context.Now, context.CancellationToken);
        if (reminded)
        {
            var onboardingCase = await SurveyMails.CaseAsync(context, invitation.SubjectId);
            SurveyMails.Queue(context, onboardingCase, "survey-reminder", new JsonObject { ["expiresAt"] = invitation.ExpiresAt.ToString("yyyy-MM-dd") });
        }

        context.Set(Reminded, reminded);
        context.Complete();
    }
}

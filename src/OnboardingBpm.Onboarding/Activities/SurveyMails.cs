using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Integrations.Email.Templates;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

/// <summary>
/// Survey mails are rendered and queued by the survey steps themselves, not by a SendEmail step: the link holds
/// the token, and passing it through a workflow variable would put the credential in the instance's state.
/// The outbox payload (the mail) is the one place the token is written.
/// </summary>
internal static class SurveyMails
{
    public const string Category = "survey";

    public static void Queue(ActivityExecutionContext context, OnboardingCase onboardingCase, string template, JsonObject model)
    {
        if (onboardingCase.Contact is not { Email: { Length: > 0 } email } contact)
        {
            throw new ActivityFaultException($"Case {onboardingCase.Id} has no contact address for the survey.") { Permanent = true };
        }

        model["contactName"] = contact.Name;
        model["caseId"] = onboardingCase.Id;
        RenderedMail mail;
        try
        {
            mail = context.Services.GetRequiredService<MailTemplates>().Render(template, model);
        }
        catch (MailTemplateNotFoundException ex)
        {
            throw new ActivityFaultException(ex.Message, ex) { Permanent = true };
        }

        var message = new MailMessage
        {
            Id = context.IdempotencyKey,
            To = [email],
            Subject = mail.Subject,
            HtmlBody = mail.Html,
            TextBody = mail.Text,
            Category = Category,
            InstanceId = context.Instance.Id,
        };
        context.AddOutboxMessage(SendEmail.OutboxType, MailJson.ToPayload(message));
        // No address and no link in the log: the journal names the mail only.
        context.Log($"Mail '{template}' for case {onboardingCase.Id} queued");
    }

    public static async Task<OnboardingCase> CaseAsync(ActivityExecutionContext context, string caseId) =>
        await context.Services.GetRequiredService<ICaseStore>().FindAsync(caseId, SegmentScope.All, context.CancellationToken)
            ?? throw new ActivityFaultException($"There is no onboarding case {caseId}.") { Permanent = true };
}

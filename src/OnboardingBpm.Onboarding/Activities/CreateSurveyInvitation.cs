using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

/// <summary>
/// Makes the case's one survey invitation and mails its link. Only the token's hash is stored and the link is
/// written only into the queued mail, so neither the journal nor the variables hold the credential; the outputs
/// are the invitation id (the correlation key of survey.answered) and the expiry.
/// </summary>
[Activity("CreateSurveyInvitation", OnboardingActivities.Category, "Create survey invitation",
    Description = "Creates the CSAT survey invitation for a resolved case (once per case) and mails the contact the single-use link.")]
public sealed class CreateSurveyInvitation : Activity
{
    public const string DefaultPublicBaseUrl = "http://127.0.0.1:5080";

    [Input(Description = "The id of the resolved onboarding case.", Required = true)]
    public Input<string> CaseId { get; set; } = default!;

    [Input(Description = "How long the link can be answered.", DefaultJson = "\"P7D\"")]
    public Input<TimeSpan> ExpiresIn { get; set; } = default!;

    [Output(Description = "The invitation's id; survey.answered is correlated by it.")]
    public Output<string> InvitationId { get; set; } = default!;

    [Output(Description = "When the link stops working.")]
    public Output<DateTimeOffset> ExpiresAt { get; set; } = default!;

    [Output(Description = "The case's segment, for the follow-up task.")]
    public Output<string> Segment { get; set; } = default!;

    [Output(Description = "The case's customer (the analytics user id: no personal data).")]
    public Output<string> CustomerId { get; set; } = default!;

    [Output(Description = "False when the case had its invitation already (no second mail), or is unknown or has no contact address (no survey).")]
    public Output<bool> Created { get; set; } = default!;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var surveys = context.Services.GetRequiredService<ISurveyStore>();
        var caseId = context.Get(CaseId);
        // case.resolved is public: an event for an unknown case or one without a contact address surveys no one,
        // which is not worth an incident.
        var onboardingCase = await context.Services.GetRequiredService<ICaseStore>().FindAsync(caseId, SegmentScope.All, context.CancellationToken);
        if (onboardingCase?.Contact?.Email is not { Length: > 0 })
        {
            context.Log($"No survey for case {caseId}: {(onboardingCase is null ? "there is no such onboarding case" : "it has no contact address")}");
            context.Set(InvitationId, "");
            context.Set(Created, false);
            context.Complete();
            return;
        }

        var id = StableIds.From("survey", onboardingCase.Id);
        var existing = await surveys.FindInvitationAsync(id, SegmentScope.All, context.CancellationToken);
        var invitation = existing;
        if (existing is null)
        {
            var (token, hash) = SurveyTokens.Create();
            invitation = new SurveyInvitation
            {
                Id = id,
                CustomerId = onboardingCase.CustomerId,
                Segment = onboardingCase.Segment,
                SubjectId = onboardingCase.Id,
                TokenHash = hash,
                CreatedAt = context.Now,
                ExpiresAt = context.Now + context.Get(ExpiresIn),
            };
            await surveys.AddInvitationAsync(invitation, context.CancellationToken);
            await context.RecordAsync(AuditAction.Create, AuditResources.Survey, invitation.Id, invitation.Segment, $"case {onboardingCase.Id}");
            SurveyMails.Queue(context, onboardingCase, "survey-invitation", new JsonObject { ["surveyUrl"] = UrlFor(context, token) });
        }

        context.Set(InvitationId, invitation!.Id);
        context.Set(ExpiresAt, invitation.ExpiresAt);
        context.Set(Created, existing is null);
        context.Set(Segment, invitation.Segment);
        context.Set(CustomerId, invitation.CustomerId);
        context.Complete();
    }

    public static string UrlFor(ActivityExecutionContext context, string token)
    {
        var baseUrl = context.Services.GetService<IConfiguration>()?["Onboarding:PublicBaseUrl"] is { Length: > 0 } configured ? configured : DefaultPublicBaseUrl;
        return $"{baseUrl.TrimEnd('/')}/survey/{token}";
    }
}

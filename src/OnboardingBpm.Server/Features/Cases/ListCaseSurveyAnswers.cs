using System.Security.Claims;
using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Server.Features.Audit;
using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Cases;

/// <summary>
/// The survey answers rating one case's resolution, for the case page. Scoped like the case itself (404 outside the
/// caller's segments); comments are personal data, so the read is audited as a read of the case.
/// </summary>
public static class ListCaseSurveyAnswers
{
    public sealed record SurveyAnswerView(int Rating, string? Comment, DateTimeOffset AnsweredAt);

    public static async Task<Ok<IReadOnlyList<SurveyAnswerView>>> HandleAsync(
        string caseId, ClaimsPrincipal user, ICaseStore cases, ISurveyStore surveys, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var scope = user.Grant().Scope();
        var found = await cases.FindAsync(caseId, scope, cancellationToken) ?? throw new WorkflowNotFoundException($"Case {caseId} does not exist.");
        var responses = await surveys.ListResponsesAsync(new SurveyResponseQuery(scope) { CustomerId = found.CustomerId, Take = 500 }, cancellationToken);
        await audit.RecordAsync(user, time, AuditAction.Read, AuditResources.Case, found.Id, found.Segment, cancellationToken);
        IReadOnlyList<SurveyAnswerView> answers = responses.Items
            .Where(r => r.SubjectId == found.Id)
            .OrderBy(r => r.AnsweredAt)
            .Select(r => new SurveyAnswerView(r.Rating, r.Comment, r.AnsweredAt))
            .ToList();
        return TypedResults.Ok(answers);
    }
}

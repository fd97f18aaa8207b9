using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Cases;

public static class CaseEndpoints
{
    public static void MapCases(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization(Policies.ReadCases);
        cases.MapGet("/", ListCases.HandleAsync).WithName("ListCases");
        cases.MapGet("/{caseId}", GetCase.HandleAsync).WithName("GetCase");
        cases.MapGet("/{caseId}/survey-answers", ListCaseSurveyAnswers.HandleAsync).WithName("ListCaseSurveyAnswers");
    }
}

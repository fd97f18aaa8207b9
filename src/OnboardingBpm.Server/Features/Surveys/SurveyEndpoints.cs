namespace OnboardingBpm.Server.Features.Surveys;

/// <summary>
/// The customer's side of the CSAT survey. Anonymous on purpose: the single-use token in the link is the
/// credential, and only its hash is stored. Request paths (which hold the token) are not logged below Warning.
/// </summary>
public static class SurveyEndpoints
{
    public static void MapSurveys(this IEndpointRouteBuilder app)
    {
        app.MapGet("/survey/{token}", SurveyPage.HandleAsync).WithTags("Survey").WithName("SurveyPage").AllowAnonymous().RequireRateLimiting(SurveyRateLimit.PolicyName).ExcludeFromDescription();
        app.MapPost("/api/surveys/{token}", AnswerSurvey.HandleAsync).WithTags("Survey").WithName("AnswerSurvey").AllowAnonymous().RequireRateLimiting(SurveyRateLimit.PolicyName);
    }

    /// <summary>The link must not leak to other sites (Referer) or stay in shared caches.</summary>
    internal static void Protect(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
    }
}

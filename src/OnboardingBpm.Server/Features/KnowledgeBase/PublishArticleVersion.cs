using System.Security.Claims;
using System.Text.RegularExpressions;
using OnboardingBpm.Onboarding.KnowledgeBase;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Features.Audit;

namespace OnboardingBpm.Server.Features.KnowledgeBase;

/// <summary>
/// Publishes the next version of an article (the first creates it) and makes it current: tickets resolved with an
/// older version from now on are flagged outdated. Versions are never edited, so a resolution's citation stays true.
/// </summary>
public static partial class PublishArticleVersion
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 50_000;

    public sealed record Request(string? Title, string? Body);

    public sealed record Published(string ArticleId, int Version);

    public static async Task<IResult> HandleAsync(string articleId, Request? request, ClaimsPrincipal user, IKnowledgeBaseStore articles, TimeProvider time, CancellationToken cancellationToken)
    {
        var problems = Check(articleId, request);
        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The article version is not valid.", problems);
        }

        var version = await articles.PublishAsync(articleId, request!.Title!.Trim(), request.Body!, AuditTrail.Actor(user), time.GetUtcNow(), cancellationToken);
        return TypedResults.Created($"/api/kb/{articleId}", new Published(articleId, version));
    }

    private static List<ValidationProblem> Check(string articleId, Request? request)
    {
        var problems = new List<ValidationProblem>();
        if (!ArticleIdPattern().IsMatch(articleId))
        {
            problems.Add(new("articleId", "must be 1-64 lowercase letters, digits or dashes, starting with a letter or digit"));
        }

        if (string.IsNullOrWhiteSpace(request?.Title))
        {
            problems.Add(new("title", "is required"));
        }
        else if (request.Title.Trim().Length > MaxTitleLength)
        {
            problems.Add(new("title", $"must be at most {MaxTitleLength} characters"));
        }

        if (string.IsNullOrWhiteSpace(request?.Body))
        {
            problems.Add(new("body", "is required"));
        }
        else if (request.Body.Length > MaxBodyLength)
        {
            problems.Add(new("body", $"must be at most {MaxBodyLength} characters"));
        }

        return problems;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex ArticleIdPattern();
}

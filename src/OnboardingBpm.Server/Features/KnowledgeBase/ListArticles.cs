using OnboardingBpm.Onboarding.KnowledgeBase;
using OnboardingBpm.Server.Errors;

namespace OnboardingBpm.Server.Features.KnowledgeBase;

/// <summary>Articles ordered by title, with their current version; <c>search</c> matches the title, ignoring case.</summary>
public static class ListArticles
{
    public static async Task<IResult> HandleAsync(IKnowledgeBaseStore articles, string? search, int? skip, int? take, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        Paging.Check(skip, take, problems);
        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The filter is not valid.", problems);
        }

        return TypedResults.Ok(await articles.ListAsync(string.IsNullOrWhiteSpace(search) ? null : search.Trim(), skip ?? 0, take ?? 50, cancellationToken));
    }
}

using OnboardingBpm.Onboarding.KnowledgeBase;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.KnowledgeBase;

/// <summary>One article with every version, oldest first: agents cite a version when they resolve a ticket.</summary>
public static class GetArticle
{
    public static async Task<Ok<KnowledgeArticle>> HandleAsync(string articleId, IKnowledgeBaseStore articles, CancellationToken cancellationToken) =>
        TypedResults.Ok(await articles.FindAsync(articleId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Article {articleId} does not exist."));
}

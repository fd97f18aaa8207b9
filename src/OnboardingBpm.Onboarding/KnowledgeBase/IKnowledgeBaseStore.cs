using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.KnowledgeBase;

public interface IKnowledgeBaseStore
{
    /// <summary>Adds the next version of the article (version 1 creates it) and makes it current; returns its number.</summary>
    Task<int> PublishAsync(string articleId, string title, string body, string author, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The article with every version, oldest first.</summary>
    Task<KnowledgeArticle?> FindAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Ordered by title; <paramref name="titleContains"/> ignores case.</summary>
    Task<Page<KnowledgeArticleSummary>> ListAsync(string? titleContains, int skip, int take, CancellationToken cancellationToken = default);
}

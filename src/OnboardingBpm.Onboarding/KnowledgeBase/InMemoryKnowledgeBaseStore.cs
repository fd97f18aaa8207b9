using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.KnowledgeBase;

public sealed class InMemoryKnowledgeBaseStore : IKnowledgeBaseStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<KnowledgeArticleVersion>> articles = new(StringComparer.Ordinal);

    public Task<int> PublishAsync(string articleId, string title, string body, string author, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!articles.TryGetValue(articleId, out var versions))
            {
                articles[articleId] = versions = [];
            }

            versions.Add(new KnowledgeArticleVersion(versions.Count + 1, title, body, author, at));
            return Task.FromResult(versions.Count);
        }
    }

    public Task<KnowledgeArticle?> FindAsync(string articleId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(articles.TryGetValue(articleId, out var versions)
                ? new KnowledgeArticle(articleId, versions[^1].Title, versions[^1].Version, versions.ToList())
                : null);
        }
    }

    public Task<Page<KnowledgeArticleSummary>> ListAsync(string? titleContains, int skip, int take, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(articles
                .Select(a => new KnowledgeArticleSummary(a.Key, a.Value[^1].Title, a.Value[^1].Version, a.Value[^1].PublishedAt))
                .Where(a => titleContains is null || a.Title.Contains(titleContains, StringComparison.OrdinalIgnoreCase))
                .OrderBy(a => a.Title, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)
                .ToPage(skip, take));
        }
    }
}

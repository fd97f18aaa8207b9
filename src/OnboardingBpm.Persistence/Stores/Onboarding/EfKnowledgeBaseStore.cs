using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Onboarding.KnowledgeBase;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Stores.Onboarding;

public sealed class EfKnowledgeBaseStore(WorkflowContexts contexts) : IKnowledgeBaseStore
{
    private const int Attempts = 3;

    public async Task<int> PublishAsync(string articleId, string title, string body, string author, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryPublishAsync(articleId, title, body, author, at, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Two editors published the same next version number at once: the key refused one; count again.
            }
        }
    }

    public async Task<KnowledgeArticle?> FindAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var article = await db.KbArticles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var versions = await db.KbArticleVersions.AsNoTracking().Where(v => v.ArticleId == articleId).OrderBy(v => v.Version).ToListAsync(cancellationToken);
        return new KnowledgeArticle(article.Id, article.Title, article.CurrentVersion, versions.Select(v => new KnowledgeArticleVersion(v.Version, v.Title, v.Body, v.Author, v.PublishedAt)).ToList());
    }

    public async Task<Page<KnowledgeArticleSummary>> ListAsync(string? titleContains, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = db.KbArticles.AsNoTracking();
        if (!string.IsNullOrEmpty(titleContains))
        {
            var term = titleContains.ToLowerInvariant();
            rows = rows.Where(a => a.Title.ToLower().Contains(term));
        }

        return await rows.OrderBy(a => a.Title).ThenBy(a => a.Id).PageAsync(skip, take, a => new KnowledgeArticleSummary(a.Id, a.Title, a.CurrentVersion, a.UpdatedAt), cancellationToken);
    }

    private async Task<int> TryPublishAsync(string articleId, string title, string body, string author, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var article = await db.KbArticles.FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            article = new KbArticleRow { Id = articleId };
            db.KbArticles.Add(article);
        }

        article.CurrentVersion++;
        article.Title = title;
        article.UpdatedAt = at;
        db.KbArticleVersions.Add(new KbArticleVersionRow { ArticleId = articleId, Version = article.CurrentVersion, Title = title, Body = body, Author = author, PublishedAt = at });
        await db.SaveChangesAsync(cancellationToken);
        return article.CurrentVersion;
    }
}

namespace OnboardingBpm.Onboarding.KnowledgeBase;

/// <summary>An article and every published version; tickets record the version they were resolved with.</summary>
public sealed record KnowledgeArticle(string Id, string Title, int CurrentVersion, IReadOnlyList<KnowledgeArticleVersion> Versions)
{
    public KnowledgeArticleVersion Current => Versions.Single(v => v.Version == CurrentVersion);

    /// <summary>A ticket resolved with this version used outdated guidance.</summary>
    public bool IsOutdated(int version) => version < CurrentVersion;
}

public sealed record KnowledgeArticleVersion(int Version, string Title, string Body, string Author, DateTimeOffset PublishedAt);

public sealed record KnowledgeArticleSummary(string Id, string Title, int CurrentVersion, DateTimeOffset UpdatedAt);

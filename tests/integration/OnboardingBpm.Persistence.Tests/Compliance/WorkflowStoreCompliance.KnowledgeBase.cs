using OnboardingBpm.Onboarding.KnowledgeBase;

namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>Knowledge-base articles and their versions.</summary>
public abstract partial class WorkflowStoreCompliance
{
    [Fact]
    public async Task publishing_an_article_again_adds_a_version_and_older_versions_are_outdated()
    {
        var kb = Service<IKnowledgeBaseStore>();

        Assert.Equal(1, await kb.PublishAsync("kb-sso", "Configure SSO", "v1 body", "pat", Engine.Clock.GetUtcNow()));
        Assert.Equal(2, await kb.PublishAsync("kb-sso", "Configure SAML SSO", "v2 body", "lee", Engine.Clock.GetUtcNow().AddDays(1)));
        await kb.PublishAsync("kb-csv", "Import a CSV", "body", "pat", Engine.Clock.GetUtcNow());

        var article = await kb.FindAsync("kb-sso");
        Assert.Equal(("Configure SAML SSO", 2, "v2 body"), (article!.Title, article.CurrentVersion, article.Current.Body));
        Assert.Equal(["v1 body", "v2 body"], article.Versions.Select(v => v.Body));
        Assert.True(article.IsOutdated(1));
        Assert.False(article.IsOutdated(2));
        Assert.Equal(["kb-sso"], (await kb.ListAsync("saml", 0, 10)).Items.Select(a => a.Id));
        Assert.Equal(["kb-sso", "kb-csv"], (await kb.ListAsync(null, 0, 10)).Items.Select(a => a.Id));
        Assert.Null(await kb.FindAsync("missing"));
    }
}

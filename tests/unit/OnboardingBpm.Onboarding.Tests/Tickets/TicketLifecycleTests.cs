using OnboardingBpm.Onboarding.KnowledgeBase;
using OnboardingBpm.Onboarding.Tickets;

namespace OnboardingBpm.Onboarding.Tests.Tickets;

public sealed class TicketLifecycleTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromDays(5);

    private static readonly SupportTicket Open = new() { Id = "T-1", CustomerId = "cus-1", Segment = "smb", CreatedAt = Created, Status = TicketStatus.New };

    private static KnowledgeArticle ArticleWithVersions(int count) => new(
        "kb-vpn", "VPN", count, [.. Enumerable.Range(1, count).Select(v => new KnowledgeArticleVersion(v, "VPN", $"body {v}", "kim", Created))]);

    [Fact]
    public void resolving_with_an_older_version_flags_it_outdated_and_records_both()
    {
        var resolved = TicketLifecycle.Resolve(Open, ArticleWithVersions(3), 2, "ada", atFirstContact: true, Created.AddHours(1));

        Assert.Equal((TicketStatus.Resolved, "kb-vpn", 2, true, true), (resolved.Status, resolved.KbArticleId, resolved.KbArticleVersion, resolved.KbOutdated, resolved.FirstContactResolution));
        Assert.Equal(("ada", Created.AddHours(1)), (resolved.Assignee, resolved.ResolvedAt));
    }

    [Fact]
    public void resolving_with_the_current_version_is_not_outdated()
    {
        Assert.False(TicketLifecycle.Resolve(Open, ArticleWithVersions(3), 3, "ada", true, Created).KbOutdated);
    }

    [Fact]
    public void a_ticket_reopened_before_is_never_a_first_contact_resolution()
    {
        var resolved = TicketLifecycle.Resolve(Open with { ReopenCount = 1, Status = TicketStatus.Reopened }, ArticleWithVersions(1), 1, "ada", atFirstContact: true, Created);

        Assert.False(resolved.FirstContactResolution);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(4)]
    public void a_version_the_article_does_not_have_is_refused(int? version)
    {
        Assert.Equal("article kb-vpn has versions 1 to 3", TicketLifecycle.CheckArticle(ArticleWithVersions(3), "kb-vpn", version));
    }

    [Fact]
    public void an_unknown_article_is_refused_and_a_known_version_accepted()
    {
        Assert.Equal("there is no knowledge-base article kb-none", TicketLifecycle.CheckArticle(null, "kb-none", 1));
        Assert.Null(TicketLifecycle.CheckArticle(ArticleWithVersions(3), "kb-vpn", 1));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(120, false)]
    [InlineData(121, true)]
    public void a_reopen_within_five_days_inclusive_clears_first_contact_resolution(int hoursAfterResolution, bool stillFirstContact)
    {
        var resolvedAt = Created.AddHours(2);
        var resolved = Open with { Status = TicketStatus.Resolved, ResolvedAt = resolvedAt, FirstContactResolution = true };

        var reopened = TicketLifecycle.Reopen(resolved, resolvedAt.AddHours(hoursAfterResolution), Window);

        Assert.Equal(stillFirstContact, reopened.FirstContactResolution);
        Assert.Equal((TicketStatus.Reopened, 1), (reopened.Status, reopened.ReopenCount));
        Assert.Equal(resolvedAt.AddHours(hoursAfterResolution) + TimeSpan.FromHours(72), reopened.SlaDueAt);
    }
}

using OnboardingBpm.Onboarding.KnowledgeBase;

namespace OnboardingBpm.Onboarding.Tickets;

/// <summary>
/// The state changes of a ticket as pure functions of the ticket and the moment; the activities load, call these
/// and save, so every rule is tested without an engine.
/// </summary>
public static class TicketLifecycle
{
    /// <summary>A ticket open this long is escalated (the SLA the ticket's <see cref="SupportTicket.SlaDueAt"/> shows).</summary>
    public static readonly TimeSpan EscalationAfter = TimeSpan.FromHours(72);

    public static bool IsOpen(SupportTicket ticket) => ticket.Status is not (TicketStatus.Resolved or TicketStatus.Closed);

    /// <summary>
    /// Resolves with the knowledge-base article and version the agent used. The version is flagged outdated when a
    /// newer one was current; first-contact resolution holds only for a ticket never reopened.
    /// </summary>
    public static SupportTicket Resolve(SupportTicket ticket, KnowledgeArticle article, int version, string? resolvedBy, bool atFirstContact, DateTimeOffset at) =>
        ticket with
        {
            Status = TicketStatus.Resolved,
            ResolvedAt = at,
            Assignee = string.IsNullOrEmpty(resolvedBy) ? ticket.Assignee : resolvedBy,
            KbArticleId = article.Id,
            KbArticleVersion = version,
            KbOutdated = article.IsOutdated(version),
            FirstContactResolution = atFirstContact && ticket.ReopenCount == 0,
        };

    /// <summary>Why the article reference cannot resolve the ticket, or null when it can.</summary>
    public static string? CheckArticle(KnowledgeArticle? article, string articleId, int? version) =>
        article is null ? $"there is no knowledge-base article {articleId}"
        : version is not { } v || v < 1 || v > article.CurrentVersion ? $"article {articleId} has versions 1 to {article.CurrentVersion}"
        : null;

    /// <summary>
    /// Reopens a resolved ticket: a reopen within <paramref name="fcrWindow"/> of the resolution (inclusive) means
    /// the first contact did not really resolve it. The SLA clock starts again.
    /// </summary>
    public static SupportTicket Reopen(SupportTicket ticket, DateTimeOffset at, TimeSpan fcrWindow) =>
        ticket with
        {
            Status = TicketStatus.Reopened,
            ReopenCount = ticket.ReopenCount + 1,
            FirstContactResolution = ticket.FirstContactResolution && !(ticket.ResolvedAt is { } resolved && at - resolved <= fcrWindow),
            SlaDueAt = at + EscalationAfter,
        };
}

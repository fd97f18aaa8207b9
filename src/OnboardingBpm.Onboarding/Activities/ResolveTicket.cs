using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.KnowledgeBase;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

/// <summary>
/// Records the resolution against the knowledge base (FR-7): the article and version are logged with the ticket,
/// and an older version than the current one is flagged. A reference to no article or version takes the Invalid
/// port, so the agent is asked again instead of the ticket faulting.
/// </summary>
[Activity("ResolveTicket", OnboardingActivities.Category, "Resolve ticket",
    Description = "Resolves a ticket with the knowledge-base article and version used (flagged when outdated) and first-contact resolution. Invalid: the article or version does not exist.",
    Outcomes = [Resolved, Invalid])]
public sealed class ResolveTicket : Activity
{
    public const string Resolved = "Resolved";
    public const string Invalid = "Invalid";

    [Input(Description = "The ticket's id.", Required = true)]
    public Input<string> TicketId { get; set; } = default!;

    [Input(Description = "The knowledge-base article the resolution followed.", Required = true)]
    public Input<string> KbArticleId { get; set; } = default!;

    [Input(Description = "The article's version the agent used.", Required = true)]
    public Input<int?> KbArticleVersion { get; set; } = default!;

    [Input(Description = "Who resolved it.")]
    public Input<string?> ResolvedBy { get; set; } = default!;

    [Input(Description = "Whether this was the first contact (no hand-over, no earlier attempt).", DefaultJson = "true")]
    public Input<bool> AtFirstContact { get; set; } = default!;

    [Output(Description = "True when the version used was not the current one.")]
    public Output<bool> KbOutdated { get; set; } = default!;

    [Output(Description = "True when the ticket counts as resolved at first contact.")]
    public Output<bool> FirstContactResolution { get; set; } = default!;

    [Output(Description = "Why the article reference was refused (Invalid port).")]
    public Output<string> Problem { get; set; } = default!;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var ticket = await TicketSteps.FindAsync(context, context.Get(TicketId));
        var articleId = context.Get(KbArticleId)?.Trim() ?? "";
        var version = context.Get(KbArticleVersion);
        var article = articleId.Length == 0 ? null : await context.Services.GetRequiredService<IKnowledgeBaseStore>().FindAsync(articleId, context.CancellationToken);
        if (TicketLifecycle.CheckArticle(article, articleId, version) is { } problem)
        {
            context.Set(Problem, problem);
            context.Complete(Invalid);
            return;
        }

        // A replay after a crash finds the ticket resolved already and answers as the first run did.
        var resolved = ticket.Status == TicketStatus.Resolved
            ? ticket
            : TicketLifecycle.Resolve(ticket, article!, version!.Value, context.Get(ResolvedBy), context.Get(AtFirstContact), context.Now);
        if (resolved != ticket)
        {
            await context.Services.GetRequiredService<ITicketStore>().SaveAsync(resolved, context.CancellationToken);
            await context.RecordAsync(AuditAction.Update, AuditResources.Ticket, resolved.Id, resolved.Segment, $"resolved with {resolved.KbArticleId} v{resolved.KbArticleVersion}");
        }

        context.Set(KbOutdated, resolved.KbOutdated);
        context.Set(FirstContactResolution, resolved.FirstContactResolution);
        context.Set(Problem, "");
        context.Complete(Resolved);
    }
}

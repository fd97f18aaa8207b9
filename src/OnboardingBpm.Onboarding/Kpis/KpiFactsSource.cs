using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>
/// Reads the domain stores for a reporting period and maps them into <see cref="KpiFacts"/>. A report needs
/// every segment, so it reads with <see cref="SegmentScope.All"/>; it is a back-office job, not a user query.
/// </summary>
public sealed class KpiFactsSource(ICaseStore cases, ITicketStore tickets, ISurveyStore surveys, IEscalationStore escalations)
{
    private const int PageSize = 200;

    /// <summary>
    /// The facts a report of <paramref name="period"/> and of the period before it (for the trend) can need.
    /// Cases and tickets are read up to the period's end whatever their start, because one submitted months
    /// ago can become Active, be resolved or be escalated inside the period.
    /// </summary>
    public async Task<KpiFacts> ReadAsync(ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        var allCases = await ReadAllAsync(
            (skip, ct) => cases.ListAsync(new CaseQuery(SegmentScope.All) { SubmittedTo = period.End, Skip = skip, Take = PageSize }, ct),
            cancellationToken);
        var allTickets = await ReadAllAsync(
            (skip, ct) => tickets.ListAsync(new TicketQuery(SegmentScope.All) { CreatedTo = period.End, Skip = skip, Take = PageSize }, ct),
            cancellationToken);
        var responses = await ReadAllAsync(
            (skip, ct) => surveys.ListResponsesAsync(
                new SurveyResponseQuery(SegmentScope.All) { AnsweredFrom = period.Previous().Start, AnsweredTo = period.End, Skip = skip, Take = PageSize },
                ct),
            cancellationToken);
        var escalated = (await ReadAllAsync(
                (skip, ct) => escalations.ListAsync(new EscalationQuery(SegmentScope.All) { Skip = skip, Take = PageSize }, ct),
                cancellationToken))
            .ToDictionary(e => (e.SubjectKind, e.SubjectId), e => e.EscalatedAt);

        return new KpiFacts
        {
            Onboardings = [.. allCases.Select(c => new OnboardingFact(c.Id, c.Segment, c.SubmittedAt, c.ActiveAt))],
            Resolutions = [.. allTickets.Where(t => t.ResolvedAt is not null).Select(ToResolution)],
            Surveys = [.. responses.Select(r => new SurveyFact(r.SubjectId, r.Segment, r.AnsweredAt, r.Rating))],
            Slas =
            [
                .. allCases.Select(c => new SlaFact(c.Id, c.Segment, c.ResolvedAt, EscalatedAt(escalated, EscalationSubject.Case, c.Id))),
                .. allTickets.Select(t => new SlaFact(t.Id, t.Segment, t.ResolvedAt, EscalatedAt(escalated, EscalationSubject.Ticket, t.Id))),
            ],
        };
    }

    // Only tickets carry a first-contact flag (ReopenTicket clears it when a reopen comes within Kpis:FcrReopenWindow); a case
    // records no such signal, so counting cases would only dilute the rate with guesses.
    private static ResolutionFact ToResolution(SupportTicket ticket) =>
        new(ticket.Id, ticket.Segment, ticket.ResolvedAt!.Value, ticket.FirstContactResolution);

    private static DateTimeOffset? EscalatedAt(
        Dictionary<(EscalationSubject, string), DateTimeOffset> escalated, EscalationSubject kind, string subjectId) =>
        escalated.TryGetValue((kind, subjectId), out var at) ? at : null;

    private static async Task<List<T>> ReadAllAsync<T>(
        Func<int, CancellationToken, Task<Page<T>>> page, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        while (true)
        {
            var next = await page(items.Count, cancellationToken);
            items.AddRange(next.Items);
            if (next.Items.Count == 0 || items.Count >= next.Total)
            {
                return items;
            }
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

[Activity("ReopenTicket", OnboardingActivities.Category, "Reopen ticket",
    Description = "Reopens a resolved ticket: counts the reopen, restarts the 72-hour clock, and clears first-contact resolution when the reopen comes within Kpis:FcrReopenWindow (5 days) of the resolution.")]
public sealed class ReopenTicket : Activity
{
    [Input(Description = "The ticket's id.", Required = true)]
    public Input<string> TicketId { get; set; } = default!;

    [Output(Description = "When the reopened ticket is escalated if still open.")]
    public Output<DateTimeOffset> SlaDueAt { get; set; } = default!;

    [Output(Description = "How often the ticket was reopened.")]
    public Output<int> ReopenCount { get; set; } = default!;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var ticket = await TicketSteps.FindAsync(context, context.Get(TicketId));
        // Only a resolved ticket is reopened; a replay finds it reopened already and changes nothing.
        var reopened = ticket.Status == TicketStatus.Resolved ? TicketLifecycle.Reopen(ticket, context.Now, FcrWindow(context.Services)) : ticket;
        if (reopened != ticket)
        {
            await context.Services.GetRequiredService<ITicketStore>().SaveAsync(reopened, context.CancellationToken);
            await context.RecordAsync(AuditAction.Update, AuditResources.Ticket, reopened.Id, reopened.Segment, $"reopened ({reopened.ReopenCount})");
        }

        context.Set(SlaDueAt, reopened.SlaDueAt ?? context.Now + TicketLifecycle.EscalationAfter);
        context.Set(ReopenCount, reopened.ReopenCount);
        context.Complete();
    }

    // The KPI report and the ticket must agree on what cancels a first-contact resolution.
    private static TimeSpan FcrWindow(IServiceProvider services) =>
        services.GetService<IOptions<KpiOptions>>()?.Value.FcrReopenWindow ?? new KpiOptions().FcrReopenWindow;
}

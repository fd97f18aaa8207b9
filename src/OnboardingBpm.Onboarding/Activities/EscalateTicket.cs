using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

[Activity("EscalateTicket", OnboardingActivities.Category, "Escalate ticket",
    Description = "Escalates an open support ticket exactly once (an agent's hand-over or the 72-hour deadline). Escalated is false when it had been escalated already or is resolved, so the notifications after it run once.")]
public sealed class EscalateTicket : Activity
{
    [Input(Description = "The ticket's id.", Required = true)]
    public Input<string> TicketId { get; set; } = default!;

    [Output(Description = "True when this step escalated the ticket; false when it was escalated before or is resolved.")]
    public Output<bool> Escalated { get; set; } = default!;

    [Output(Description = "The segment's supervisor address (Onboarding:SupervisorEmails:{segment}).")]
    public Output<string> SupervisorEmail { get; set; } = default!;

    [Output(Description = "The customer's company name, for the notifications.")]
    public Output<string> CustomerName { get; set; } = default!;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var ticket = await TicketSteps.FindAsync(context, context.Get(TicketId));
        var supervisor = Supervisors.EmailOf(context.Services, ticket.Segment);
        var customer = await context.Services.GetRequiredService<ICustomerStore>().FindAsync(ticket.CustomerId, SegmentScope.All, context.CancellationToken);
        var escalated = TicketLifecycle.IsOpen(ticket)
            && await EscalationSteps.EscalateOnceAsync(context, EscalationSubject.Ticket, ticket.Id, ticket.CustomerId, ticket.Segment, supervisor);
        if (escalated)
        {
            await context.RecordAsync(AuditAction.Update, AuditResources.Ticket, ticket.Id, ticket.Segment, "escalated");
        }

        context.Set(Escalated, escalated);
        context.Set(SupervisorEmail, supervisor);
        context.Set(CustomerName, customer?.Name ?? "");
        context.Complete();
    }
}

using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

[Activity("UpdateTicket", OnboardingActivities.Category, "Update ticket",
    Description = "Sets a ticket's status, priority (after triage) or assignee. Empty inputs leave the field as it is.")]
public sealed class UpdateTicket : Activity
{
    [Input(Description = "The ticket's id.", Required = true)]
    public Input<string> TicketId { get; set; } = default!;

    [Input(Description = "The ticket's status now.", Options = ["New", "Triage", "Assigned", "Resolved", "Closed", "Reopened"])]
    public Input<TicketStatus?> Status { get; set; } = default!;

    [Input(Description = "The ticket's priority now.", Options = ["Low", "Medium", "High", "Urgent"])]
    public Input<TicketPriority?> Priority { get; set; } = default!;

    [Input(Description = "Who works on the ticket.")]
    public Input<string?> Assignee { get; set; } = default!;

    [Output(Description = "The ticket's priority after the update.")]
    public Output<string> CurrentPriority { get; set; } = default!;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var tickets = context.Services.GetRequiredService<ITicketStore>();
        var ticket = await TicketSteps.FindAsync(context, context.Get(TicketId));
        var updated = ticket with
        {
            Status = context.Get(Status) ?? ticket.Status,
            Priority = context.Get(Priority) ?? ticket.Priority,
            Assignee = context.Get(Assignee) is { Length: > 0 } assignee ? assignee : ticket.Assignee,
        };
        if (updated != ticket)
        {
            await tickets.SaveAsync(updated, context.CancellationToken);
            await context.RecordAsync(AuditAction.Update, AuditResources.Ticket, updated.Id, updated.Segment, $"status {updated.Status}, priority {updated.Priority}");
        }

        context.Set(CurrentPriority, updated.Priority.ToString());
        context.Complete();
    }
}

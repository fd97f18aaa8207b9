using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

[Activity("OpenTicket", OnboardingActivities.Category, "Open ticket",
    Description = "Opens a support ticket for a registered customer, prioritised from the customer's data. Opened: prioritised; Triage: the customer's data is incomplete, a person sets the priority; Rejected: no such (or an erased) customer.",
    Outcomes = [Opened, Triage, Rejected])]
public sealed class OpenTicket : Activity
{
    public const string Opened = "Opened";
    public const string Triage = "Triage";
    public const string Rejected = "Rejected";

    [Input(Description = "The ticket's id; opening the same id again finds the ticket.", Required = true)]
    public Input<string> TicketId { get; set; } = default!;

    [Input(Description = "The customer raising the ticket; only registered customers may.", Required = true)]
    public Input<string> CustomerId { get; set; } = default!;

    [Input(Description = "What the ticket is about (no personal data).", Required = true)]
    public Input<string> Subject { get; set; } = default!;

    [Input(Description = "The urgency the customer stated: Low, Medium, High or Urgent. Empty: Medium.", Options = ["Low", "Medium", "High", "Urgent"])]
    public Input<TicketPriority?> Urgency { get; set; } = default!;

    [Output(Description = "The customer's segment.")]
    public Output<string> Segment { get; set; } = default!;

    [Output(Description = "The customer's company name.")]
    public Output<string> CustomerName { get; set; } = default!;

    [Output(Description = "The priority given (provisional when the ticket goes to triage).")]
    public Output<string> Priority { get; set; } = default!;

    [Output(Description = "When the ticket is escalated if still open.")]
    public Output<DateTimeOffset> SlaDueAt { get; set; } = default!;

    [Output(Description = "Why the ticket was rejected or needs triage.")]
    public Output<string> Reason { get; set; } = default!;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var tickets = context.Services.GetRequiredService<ITicketStore>();
        var ticketId = context.Get(TicketId);
        var customerId = context.Get(CustomerId);
        var customer = await context.Services.GetRequiredService<ICustomerStore>().FindAsync(customerId, SegmentScope.All, context.CancellationToken);
        if (customer is null || customer.ErasedAt is not null)
        {
            // Only registered clients can create tickets: a refusal is an answer of the process, not an incident.
            context.Set(Reason, $"{customerId} is not a registered customer");
            context.Log($"Ticket {ticketId} rejected: {customerId} is not a registered customer");
            context.Complete(Rejected);
            return;
        }

        var assessment = TicketPrioritisation.Assess(customer, context.Get(Urgency));
        var ticket = await tickets.FindAsync(ticketId, SegmentScope.All, context.CancellationToken);
        if (ticket is null)
        {
            ticket = new SupportTicket
            {
                Id = ticketId,
                CustomerId = customer.Id,
                Segment = customer.Segment,
                Subject = context.Get(Subject).Trim(),
                Priority = assessment.Priority,
                Status = assessment.NeedsTriage ? TicketStatus.Triage : TicketStatus.New,
                CreatedAt = context.Now,
                SlaDueAt = context.Now + TicketLifecycle.EscalationAfter,
            };
            await tickets.SaveAsync(ticket, context.CancellationToken);
            await context.RecordAsync(AuditAction.Create, AuditResources.Ticket, ticket.Id, ticket.Segment, $"priority {ticket.Priority}, status {ticket.Status}");
        }

        context.Set(Segment, ticket.Segment);
        context.Set(CustomerName, customer.Name);
        context.Set(Priority, ticket.Priority.ToString());
        context.Set(SlaDueAt, ticket.SlaDueAt ?? ticket.CreatedAt + TicketLifecycle.EscalationAfter);
        context.Set(Reason, assessment.NeedsTriage ? $"the customer's data is incomplete: no {string.Join(", no ", assessment.MissingData)}" : "");
        context.Complete(ticket.Status == TicketStatus.Triage ? Triage : Opened);
    }
}

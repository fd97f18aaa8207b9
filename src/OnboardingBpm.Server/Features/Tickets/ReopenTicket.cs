using System.Security.Claims;
using System.Text.Json.Nodes;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Server.Features.Audit;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Tickets;

/// <summary>
/// Reopens a resolved ticket by publishing ticket.reopened to its workflow, which holds the 5-day window: once the
/// window is over (the ticket is Closed) nothing waits for the event any more and the answer is 409.
/// </summary>
public static class ReopenTicket
{
    public static async Task<Ok<SupportTicket>> HandleAsync(string ticketId, ClaimsPrincipal user, ITicketStore tickets, WorkflowRuntime runtime, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var ticket = await GetTicket.FindVisibleAsync(ticketId, user, tickets, cancellationToken);
        if (ticket.Status != TicketStatus.Resolved)
        {
            throw new WorkflowConflictException($"Ticket {ticket.Id} is {ticket.Status}: only a resolved ticket can be reopened.");
        }

        var result = await runtime.PublishEventAsync(TicketEndpoints.ReopenedEvent, ticket.Id, new JsonObject { ["reopenedBy"] = AuditTrail.Actor(user) }, cancellationToken);
        if (result.ResumedInstanceIds.Count == 0)
        {
            throw new WorkflowConflictException($"Ticket {ticket.Id} can no longer be reopened: its reopen window is over.");
        }

        await audit.RecordAsync(user, time, AuditAction.Update, AuditResources.Ticket, ticket.Id, ticket.Segment, cancellationToken);
        return TypedResults.Ok(await GetTicket.FindVisibleAsync(ticketId, user, tickets, cancellationToken));
    }
}

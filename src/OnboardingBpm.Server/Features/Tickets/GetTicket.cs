using System.Security.Claims;
using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Server.Features.Audit;
using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Tickets;

/// <summary>One ticket; the read is audited. A ticket outside the caller's segments is answered as missing.</summary>
public static class GetTicket
{
    public static async Task<Ok<SupportTicket>> HandleAsync(string ticketId, ClaimsPrincipal user, ITicketStore tickets, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var ticket = await FindVisibleAsync(ticketId, user, tickets, cancellationToken);
        await audit.RecordAsync(user, time, AuditAction.Read, AuditResources.Ticket, ticket.Id, ticket.Segment, cancellationToken);
        return TypedResults.Ok(ticket);
    }

    public static async Task<SupportTicket> FindVisibleAsync(string ticketId, ClaimsPrincipal user, ITicketStore tickets, CancellationToken cancellationToken) =>
        await tickets.FindAsync(ticketId, user.Grant().Scope(), cancellationToken)
            ?? throw new WorkflowNotFoundException($"Ticket {ticketId} does not exist.");
}

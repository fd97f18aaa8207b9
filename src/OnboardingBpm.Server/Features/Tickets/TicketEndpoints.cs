using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Tickets;

public static class TicketEndpoints
{
    /// <summary>The workflow each raised ticket runs (workflows/ticket-lifecycle.json).</summary>
    public const string Workflow = "ticket-lifecycle";

    /// <summary>Resumes a resolved ticket's workflow within its reopen window; correlation: the ticket id.</summary>
    public const string ReopenedEvent = "ticket.reopened";

    public static void MapTickets(this IEndpointRouteBuilder app)
    {
        var tickets = app.MapGroup("/api/tickets").WithTags("Tickets").RequireAuthorization(Policies.ReadCases);
        tickets.MapPost("/", RaiseTicket.HandleAsync).WithName("RaiseTicket");
        tickets.MapGet("/", ListTickets.HandleAsync).WithName("ListTickets");
        tickets.MapGet("/{ticketId}", GetTicket.HandleAsync).WithName("GetTicket");
        tickets.MapPost("/{ticketId}/reopen", ReopenTicket.HandleAsync).WithName("ReopenTicket");
    }
}

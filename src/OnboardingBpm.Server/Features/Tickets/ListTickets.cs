using System.Security.Claims;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Tickets;

/// <summary>Tickets, newest first, of the caller's segments only (the scope is part of the store query).</summary>
public static class ListTickets
{
    public static async Task<IResult> HandleAsync(
        ClaimsPrincipal user,
        ITicketStore tickets,
        string? segment,
        string? status,
        string? customerId,
        string? assignee,
        int? skip,
        int? take,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        var scope = Filters.Segment(user.Grant(), segment, problems);
        var parsedStatus = Filters.Enum<TicketStatus>(status, "status", problems);
        Paging.Check(skip, take, problems);
        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The filter is not valid.", problems);
        }

        return TypedResults.Ok(await tickets.ListAsync(
            new TicketQuery(scope)
            {
                CustomerId = customerId,
                Status = parsedStatus,
                Assignee = assignee,
                Skip = skip ?? 0,
                Take = take ?? 50,
            },
            cancellationToken));
    }
}

using System.Security.Claims;
using System.Text.Json.Nodes;
using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Features.Audit;
using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Tickets;

/// <summary>
/// An agent or supervisor raises a ticket for a customer of their segments: the ticket-lifecycle workflow opens
/// and prioritises it in this request, and works on in the background. Only registered customers may have
/// tickets; an unknown customer and one of another segment get the same 422, so the answer does not reveal
/// which customers exist elsewhere.
/// </summary>
public static class RaiseTicket
{
    public const int MaxSubjectLength = 200;
    public const int MaxDescriptionLength = 4000;

    public sealed record Request(string? CustomerId, string? Subject, string? Description, string? Urgency);

    public static async Task<IResult> HandleAsync(
        Request? request,
        ClaimsPrincipal user,
        ICustomerStore customers,
        ITicketStore tickets,
        WorkflowRuntime runtime,
        IAuditLog audit,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var problems = Check(request, out var urgency);
        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The ticket is not valid.", problems);
        }

        var customer = await customers.FindAsync(request!.CustomerId!.Trim(), user.Grant().Scope(), cancellationToken);
        if (customer is null || customer.ErasedAt is not null)
        {
            return UnknownCustomer();
        }

        var ticketId = $"T-{Guid.NewGuid():N}"[..18];
        await runtime.StartAsync(
            new StartWorkflowRequest(TicketEndpoints.Workflow)
            {
                CorrelationId = ticketId,
                Input = new JsonObject
                {
                    ["ticketId"] = ticketId,
                    ["customerId"] = customer.Id,
                    ["subject"] = request.Subject!.Trim(),
                    ["description"] = request.Description?.Trim(),
                    ["urgency"] = urgency?.ToString(),
                    ["raisedBy"] = AuditTrail.Actor(user),
                },
            },
            cancellationToken);

        // The workflow's first burst opened the ticket; no ticket means the process refused the customer.
        var ticket = await tickets.FindAsync(ticketId, user.Grant().Scope(), cancellationToken);
        if (ticket is null)
        {
            return UnknownCustomer();
        }

        await audit.RecordAsync(user, time, AuditAction.Create, AuditResources.Ticket, ticket.Id, ticket.Segment, cancellationToken);
        return TypedResults.Created($"/api/tickets/{ticket.Id}", ticket);
    }

    private static List<ValidationProblem> Check(Request? request, out TicketPriority? urgency)
    {
        var problems = new List<ValidationProblem>();
        urgency = Filters.Enum<TicketPriority>(request?.Urgency, "urgency", problems);
        if (string.IsNullOrWhiteSpace(request?.CustomerId))
        {
            problems.Add(new("customerId", "is required"));
        }

        if (string.IsNullOrWhiteSpace(request?.Subject))
        {
            problems.Add(new("subject", "is required"));
        }
        else if (request.Subject.Trim().Length > MaxSubjectLength)
        {
            problems.Add(new("subject", $"must be at most {MaxSubjectLength} characters"));
        }

        if (request?.Description?.Length > MaxDescriptionLength)
        {
            problems.Add(new("description", $"must be at most {MaxDescriptionLength} characters"));
        }

        return problems;
    }

    private static IResult UnknownCustomer() =>
        TypedResults.Problem(new ValidationProblemDetails(new Dictionary<string, string[]> { ["customerId"] = ["is not a registered customer of your segments"] })
        {
            Title = "Only registered customers can raise tickets.",
            Status = StatusCodes.Status422UnprocessableEntity,
        });
}

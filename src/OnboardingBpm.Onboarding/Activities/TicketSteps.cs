using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

internal static class TicketSteps
{
    /// <summary>The ticket a step works on; a step on a ticket that does not exist cannot succeed by retrying.</summary>
    public static async Task<SupportTicket> FindAsync(ActivityExecutionContext context, string ticketId) =>
        await context.Services.GetRequiredService<ITicketStore>().FindAsync(ticketId, SegmentScope.All, context.CancellationToken)
            ?? throw new ActivityFaultException($"There is no ticket {ticketId}.") { Permanent = true };
}

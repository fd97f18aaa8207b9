using System.Security.Claims;
using System.Text.Json.Nodes;
using OnboardingBpm.Onboarding.Privacy;
using OnboardingBpm.Server.Features.Audit;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Customers;

/// <summary>A customer's data requests, made by an admin on the customer's behalf; the domain audits both.</summary>
public static class PersonalDataEndpoints
{
    /// <summary>Everything held about the customer, personal data decrypted, as one JSON document.</summary>
    public static async Task<Ok<JsonObject>> ExportAsync(string customerId, ClaimsPrincipal user, PersonalDataRequests requests, CancellationToken cancellationToken) =>
        TypedResults.Ok(await requests.ExportAsync(customerId, Requester(user), cancellationToken)
            ?? throw new WorkflowNotFoundException($"Customer {customerId} does not exist."));

    /// <summary>Pseudonymises the customer's contacts, case contacts and survey comments; the facts KPIs use stay.</summary>
    public static async Task<NoContent> EraseAsync(string customerId, ClaimsPrincipal user, PersonalDataRequests requests, CancellationToken cancellationToken) =>
        await requests.EraseAsync(customerId, Requester(user), cancellationToken)
            ? TypedResults.NoContent()
            : throw new WorkflowNotFoundException($"Customer {customerId} does not exist.");

    private static DataRequester Requester(ClaimsPrincipal user) => new(AuditTrail.Actor(user), AuditTrail.Roles(user));
}

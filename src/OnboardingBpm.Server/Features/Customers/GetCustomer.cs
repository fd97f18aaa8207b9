using System.Security.Claims;
using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Server.Features.Audit;
using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Customers;

/// <summary>One customer with its contacts decrypted. A customer outside the caller's segments is answered as missing.</summary>
public static class GetCustomer
{
    public static async Task<Ok<Customer>> HandleAsync(string customerId, ClaimsPrincipal user, ICustomerStore customers, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var customer = await customers.FindAsync(customerId, user.Grant().Scope(), cancellationToken)
            ?? throw new WorkflowNotFoundException($"Customer {customerId} does not exist.");
        await audit.RecordAsync(user, time, AuditAction.Read, AuditResources.Customer, customer.Id, customer.Segment, cancellationToken);
        return TypedResults.Ok(customer);
    }
}

using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Customers;

public static class CustomerEndpoints
{
    public static void MapCustomers(this IEndpointRouteBuilder app)
    {
        var customers = app.MapGroup("/api/customers").WithTags("Customers");
        customers.MapGet("/{customerId}", GetCustomer.HandleAsync).WithName("GetCustomer").RequireAuthorization(Policies.ReadCases);
        customers.MapGet("/{customerId}/personal-data", PersonalDataEndpoints.ExportAsync).WithName("ExportPersonalData").RequireAuthorization(Policies.Administer);
        customers.MapPost("/{customerId}/erase", PersonalDataEndpoints.EraseAsync).WithName("ErasePersonalData").RequireAuthorization(Policies.Administer);
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Simulators.Faults;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>
/// A Salesforce org on loopback: the OAuth token endpoint, sObject Case (with upsert on the external-id
/// transaction field), SOQL query with paging, composite and limits, all with Salesforce's status codes, error
/// arrays and <c>Sforce-Limit-Info</c>. <c>GET /__sim/salesforce/cases</c> lists every case for tests.
/// </summary>
public sealed class SalesforceSimulator(SalesforceSimulatorOptions? options = null) : ISimulator
{
    private readonly SalesforceFaults faults = new();

    public SalesforceSimulatorOptions Options { get; } = options ?? new SalesforceSimulatorOptions();

    public string Name => "salesforce";

    public IVendorFaults Faults => faults;

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(Options);
        services.AddSingleton<SalesforceSessions>();
        services.AddSingleton<SalesforceJwtValidator>();
        services.AddSingleton<SalesforceRestApi>();
    }

    public void Map(WebApplication app)
    {
        faults.Sessions = app.Services.GetRequiredService<SalesforceSessions>();
        app.MapPost(SalesforceTokenEndpoint.Path, SalesforceTokenEndpoint.HandleAsync);
        app.MapMethods(SalesforceDataEndpoint.Prefix + "/{version}/{**rest}", ["GET", "POST", "PATCH", "PUT", "DELETE"],
            (HttpContext context, string version, string? rest, SalesforceRestApi api, SalesforceSessions sessions) =>
                SalesforceDataEndpoint.HandleAsync(context, version, rest, api, sessions));
        app.MapGet("/__sim/salesforce/cases", (SalesforceRestApi api) => TypedResults.Json(api.AllCases("v62.0")));
    }
}

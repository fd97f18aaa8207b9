using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Simulators.Faults;

namespace OnboardingBpm.Simulators.Hosting;

/// <summary>One vendor's simulator: its state, its endpoints and how it answers injected faults.</summary>
public interface ISimulator
{
    /// <summary>Short lower-case name: salesforce, okta, segment.</summary>
    string Name { get; }

    /// <summary>Writes injected errors in the vendor's own shape (status, body, headers).</summary>
    IVendorFaults Faults { get; }

    void ConfigureServices(IServiceCollection services);

    void Map(WebApplication app);
}

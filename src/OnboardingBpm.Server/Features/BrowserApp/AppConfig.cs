using Microsoft.Extensions.Options;
using OnboardingBpm.Server.Features.Integrations;
using OnboardingBpm.Server.Hosting.Simulators;
using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.BrowserApp;

/// <summary>
/// What the browser app needs before anyone signs in: where to sign in (the Okta issuer and the app's public client
/// id: neither is a secret) and whether the server runs on its embedded defaults, so the app can say so plainly.
/// </summary>
public static class AppConfig
{
    /// <summary><paramref name="ServerTime"/> lets the app judge due times on the server's clock, not the browser's.</summary>
    public sealed record Response(string Issuer, string ClientId, IReadOnlyList<string> Scopes, EmbeddedDefaults Embedded, DateTimeOffset ServerTime);

    /// <summary>The vendors answered by loopback simulators, and whether sign-in is the simulator's development page.</summary>
    public sealed record EmbeddedDefaults(bool Active, IReadOnlyList<string> SimulatedVendors, bool DevelopmentSignIn);

    public static Ok<Response> Handle(IOptions<AuthenticationSettings> settings, IConfiguration configuration, SimulatorDirectory directory, TimeProvider time, IServiceProvider services)
    {
        var oktaSimulated = SimulatorsService.IsSimulated(configuration, "Okta");
        var issuer = oktaSimulated ? new Uri(directory.AddressOf("okta"), "oauth2/default").ToString() : settings.Value.Authority!;
        var simulated = IntegrationStatus.Read(services).Vendors.Where(v => v.Mode == "Simulated").Select(v => v.Vendor).ToList();
        var embedded = new EmbeddedDefaults(simulated.Count > 0 || oktaSimulated, simulated, oktaSimulated);
        return TypedResults.Ok(new Response(issuer.TrimEnd('/'), settings.Value.SpaClientId, settings.Value.SpaScopes, embedded, time.GetUtcNow()));
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Simulators.Faults;
using OnboardingBpm.Simulators.Hosting;
using OnboardingBpm.Simulators.Okta.Directory;
using OnboardingBpm.Simulators.Okta.Management;
using OnboardingBpm.Simulators.Okta.OAuth;

namespace OnboardingBpm.Simulators.Okta;

/// <summary>
/// An Okta org on loopback: the management API (users, lifecycle, groups) behind an SSWS token or an org
/// access token, the org token endpoint for service apps, and the default OIDC authorization server with
/// a development sign-in page. Inspection: <c>GET /__sim/okta/users</c>.
/// </summary>
public sealed class OktaSimulator : ISimulator
{
    private readonly OktaSimulatorOptions options;
    private readonly IssuedTokens tokens = new();
    private readonly RateLimitWindow window;

    public OktaSimulator(OktaSimulatorOptions? options = null)
    {
        this.options = options ?? new OktaSimulatorOptions();
        window = new RateLimitWindow(this.options.RateLimitPerMinute);
        Faults = new OktaFaults(tokens, window);
    }

    public string Name => "okta";

    public IVendorFaults Faults { get; }

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(options);
        services.AddSingleton(tokens);
        services.AddSingleton(window);
        services.AddSingleton<SigningKey>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<OAuthClients>();
        services.AddSingleton(sp => new OktaDirectory(options, sp.GetRequiredService<SimulatorClock>().Now));
    }

    public void Map(WebApplication app)
    {
        app.Use((context, next) =>
        {
            OktaRequestId.Add(context);
            return next(context);
        });
        app.UseWhen(c => c.Request.Path.StartsWithSegments(ManagementGate.Prefix), branch => branch.UseMiddleware<ManagementGate>());
        app.UseWhen(c => c.Request.Path.StartsWithSegments(DefaultServerEndpoints.Path), branch => branch.UseMiddleware<TrustedOrigins>());

        app.MapUsers();
        app.MapGroups();
        app.MapOrgToken();
        app.MapDefaultServer();
        app.MapGet("/__sim/okta/users", (HttpContext context, OktaDirectory directory) =>
            Results.Json(new JsonArray(directory.Snapshot(context.Request.BaseUrl()).Select(u => (JsonNode)u).ToArray())));
    }
}

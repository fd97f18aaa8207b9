using OnboardingBpm.Integrations;
using OnboardingBpm.Integrations.Okta;
using OnboardingBpm.Integrations.Salesforce;
using OnboardingBpm.Integrations.Segment;
using OnboardingBpm.Simulators.Okta;
using OnboardingBpm.Simulators.Salesforce;
using OnboardingBpm.Simulators.Segment;

namespace OnboardingBpm.Server.Hosting.Simulators;

public static class SimulatedIntegrationsExtensions
{
    /// <summary>
    /// The simulators of the embedded default and the client settings that point at them: the same clients as
    /// production, given a loopback address and the simulators' development credentials instead of real ones.
    /// </summary>
    public static WebApplicationBuilder AddSimulatedIntegrations(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<SimulatorPorts>(builder.Configuration.GetSection(SimulatorPorts.Section));
        builder.Services.AddSingleton<SimulatorDirectory>();
        builder.Services.AddHostedService<SimulatorsService>();

        builder.Services.AddOptions<SalesforceOptions>().PostConfigure<SimulatorDirectory>((options, directory) =>
        {
            if (options.Mode != IntegrationMode.Simulated)
            {
                return;
            }

            var simulator = new SalesforceSimulatorOptions();
            options.BaseUrl = directory.AddressOf("salesforce").ToString().TrimEnd('/');
            options.AuthFlow = SalesforceAuthFlow.ClientCredentials;
            options.ClientId = simulator.ClientId;
            options.ClientSecret = simulator.ClientSecret;
        });
        builder.Services.AddOptions<OktaOptions>().PostConfigure<SimulatorDirectory>((options, directory) =>
        {
            if (options.Mode == IntegrationMode.Simulated)
            {
                options.BaseUrl = directory.AddressOf("okta").ToString().TrimEnd('/');
                options.AuthMode = OktaAuthMode.ApiToken;
                options.ApiToken = OktaSimulatorOptions.DefaultApiToken;
            }
        });
        builder.Services.AddOptions<SegmentOptions>().PostConfigure<SimulatorDirectory>((options, directory) =>
        {
            if (options.Mode == IntegrationMode.Simulated)
            {
                options.BaseUrl = directory.AddressOf("segment").ToString();
                options.WriteKey = SegmentSimulator.DefaultWriteKey;
            }
        });
        return builder;
    }
}

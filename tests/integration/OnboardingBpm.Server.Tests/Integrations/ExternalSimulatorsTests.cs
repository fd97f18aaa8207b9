using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Simulators.Hosting;
using OnboardingBpm.Simulators.Okta;
using OnboardingBpm.Simulators.Salesforce;
using OnboardingBpm.Simulators.Segment;

namespace OnboardingBpm.Server.Tests.Integrations;

/// <summary>
/// With <c>Integrations:Simulators:External</c> the server starts no simulator and reaches the simulators' own process
/// at <c>Integrations:Simulators:Host</c> (compose names it <c>simulators</c>): the vendor clients, the Okta issuer the
/// browser is given and the tokens are checked against, and the development sign-in all use that name.
/// "localhost" against the default 127.0.0.1 shows the key is used without leaving the machine.
/// </summary>
public sealed class ExternalSimulatorsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null, "127.0.0.1")]
    [InlineData("localhost", "localhost")]
    public async Task a_server_reaches_external_simulators_at_the_configured_host(string? configuredHost, string expectedHost)
    {
        await using var factory = new ExternalSimulatorsServerFactory(configuredHost);
        await using var salesforce = await SimulatorHost.StartAsync(new SalesforceSimulator(), new SimulatorHostOptions { Time = factory.Clock }, Cancel);
        await using var okta = await SimulatorHost.StartAsync(new OktaSimulator(new OktaSimulatorOptions()), new SimulatorHostOptions { Time = factory.Clock }, Cancel);
        await using var segment = await SimulatorHost.StartAsync(new SegmentSimulator(), new SimulatorHostOptions { Time = factory.Clock }, Cancel);
        factory.Ports = new Dictionary<string, int>
        {
            ["Salesforce"] = salesforce.BaseAddress.Port,
            ["Okta"] = okta.BaseAddress.Port,
            ["Segment"] = segment.BaseAddress.Port,
        };

        using var anonymous = factory.CreateClient();
        var appConfig = await anonymous.GetFromJsonAsync<JsonObject>("/app-config.json", Cancel);
        using var admin = factory.CreateClientAs(DemoUsers.Admin);
        using var me = await admin.GetAsync("/api/me", Cancel);
        var health = await anonymous.GetFromJsonAsync<JsonObject>("/health", Cancel);

        Assert.Equal($"http://{expectedHost}:{okta.BaseAddress.Port}/oauth2/default", appConfig!["issuer"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.All(health!["integrations"]!["vendors"]!.AsArray(), vendor =>
            Assert.Equal(expectedHost, new Uri(vendor!["address"]!.GetValue<string>()).Host));
    }

    [Fact]
    public async Task a_host_that_is_no_host_name_stops_the_server_naming_the_key()
    {
        await using var factory = new ExternalSimulatorsServerFactory("not a host");

        var refused = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("Integrations:Simulators:Host", refused.Message, StringComparison.Ordinal);
    }

    private sealed class ExternalSimulatorsServerFactory(string? host) : ServerFactory
    {
        /// <summary>Where the test's simulators listen, by vendor; set before the server first starts.</summary>
        public IReadOnlyDictionary<string, int> Ports { get; set; } = new Dictionary<string, int> { ["Salesforce"] = 5081, ["Okta"] = 5082, ["Segment"] = 5083 };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Integrations:Simulators:External", "true");
            if (host is not null)
            {
                builder.UseSetting("Integrations:Simulators:Host", host);
            }

            foreach (var (vendor, port) in Ports)
            {
                builder.UseSetting($"Integrations:Simulators:{vendor}", port.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Integrations;

public sealed class SimulatedIntegrationsTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(DemoUsers.Admin);

    [Fact]
    public async Task health_says_plainly_that_the_vendors_are_simulated_and_where()
    {
        var health = await client.GetFromJsonAsync<JsonObject>("/health", TestContext.Current.CancellationToken);

        var integrations = health!["integrations"]!;
        Assert.True(integrations["simulated"]!.GetValue<bool>());
        Assert.All(integrations["vendors"]!.AsArray(), v =>
        {
            Assert.Equal("Simulated", v!["mode"]!.GetValue<string>());
            Assert.StartsWith("http://127.0.0.1:", v["address"]!.GetValue<string>());
        });
        Assert.StartsWith("local outbox", integrations["mail"]!.GetValue<string>());
    }

    [Fact]
    public async Task every_listed_simulator_answers_on_its_own_loopback_port()
    {
        var simulators = await client.GetFromJsonAsync<JsonArray>("/api/integrations/simulators", TestContext.Current.CancellationToken);
        using var direct = new HttpClient();

        Assert.Contains(simulators!, s => s!["vendor"]!.GetValue<string>() == "salesforce");
        Assert.Contains(simulators!, s => s!["vendor"]!.GetValue<string>() == "segment");
        foreach (var simulator in simulators!)
        {
            var about = await direct.GetFromJsonAsync<JsonObject>(new Uri(new Uri(simulator!["address"]!.GetValue<string>()), "__sim/"), TestContext.Current.CancellationToken);
            Assert.Equal(simulator["vendor"]!.GetValue<string>(), about!["simulator"]!.GetValue<string>());
        }
    }
}

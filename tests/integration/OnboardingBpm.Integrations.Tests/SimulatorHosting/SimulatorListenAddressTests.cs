using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Simulators.Hosting;
using OnboardingBpm.Simulators.Segment;

namespace OnboardingBpm.Integrations.Tests.SimulatorHosting;

/// <summary>
/// Where a simulator listens: loopback unless told otherwise (a container gives 0.0.0.0). 127.0.0.2 is loopback too
/// on Linux, and a different address from 127.0.0.1, so it shows the option is used without leaving the machine.
/// </summary>
public sealed class SimulatorListenAddressTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_simulator_listens_on_127_0_0_1_by_default()
    {
        await using var simulator = await SimulatorHost.StartAsync(new SegmentSimulator(), cancellationToken: Cancel);

        Assert.Equal("127.0.0.1", simulator.BaseAddress.Host);
        Assert.Equal("segment", await NameAtAsync(simulator.BaseAddress));
    }

    [Fact]
    public async Task a_simulator_given_an_address_answers_there_and_not_on_127_0_0_1()
    {
        await using var simulator = await SimulatorHost.StartAsync(new SegmentSimulator(), new SimulatorHostOptions { Address = IPAddress.Parse("127.0.0.2") }, Cancel);

        Assert.Equal("127.0.0.2", simulator.BaseAddress.Host);
        Assert.Equal("segment", await NameAtAsync(simulator.BaseAddress));
        await Assert.ThrowsAsync<HttpRequestException>(() => NameAtAsync(new UriBuilder(simulator.BaseAddress) { Host = "127.0.0.1" }.Uri));
    }

    private static async Task<string> NameAtAsync(Uri baseAddress)
    {
        using var http = new HttpClient();
        var about = await http.GetFromJsonAsync<JsonObject>(new Uri(baseAddress, "__sim/"), Cancel);
        return about!["simulator"]!.GetValue<string>();
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.Simulators;

/// <summary>
/// The simulators' own process (the `simulators` image runs it with <c>--Host 0.0.0.0</c>): every simulator listens on
/// the address given. 127.0.0.2 is a loopback address other than the default 127.0.0.1, so the test stays on the machine.
/// </summary>
public sealed class StandaloneSimulatorsTests
{
    [Fact]
    public async Task the_simulators_process_listens_on_the_host_it_is_given()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("obpm-simulators-").FullName;
        try
        {
            await using var simulators = await SimulatorProcess.StartAsync(folder, Path.Combine(folder, "no-clock-file"), cancellation, "--Host", "127.0.0.2");
            using var http = new HttpClient();

            foreach (var (name, address) in new[] { ("salesforce", simulators.Salesforce), ("okta", simulators.Okta), ("segment", simulators.Segment) })
            {
                Assert.Equal("127.0.0.2", address.Host);
                var about = await http.GetFromJsonAsync<JsonObject>(new Uri(address, "__sim/"), cancellation);
                Assert.Equal(name, about!["simulator"]!.GetValue<string>());
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Tests.Health;

public sealed class HealthTests : IClassFixture<ServerFactory>
{
    private readonly ServerFactory factory;

    public HealthTests(ServerFactory factory) => this.factory = factory;

    [Fact]
    public async Task health_reports_the_store_and_a_running_scheduler()
    {
        var client = factory.CreateClient();
        await factory.Services.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);

        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        Assert.Equal("Healthy", body!["status"]!.GetValue<string>());
        Assert.True(body["storeReachable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task health_is_unhealthy_when_the_scheduler_has_not_run_for_a_minute()
    {
        await using var slowScheduler = new ServerFactory { SchedulerInterval = TimeSpan.FromHours(1) };
        var client = slowScheduler.CreateClient();

        // The loop's first pass runs at startup; the clock may move only once it has finished, or that pass would
        // stamp the later time. After it the loop sleeps an hour of real time.
        var scheduler = slowScheduler.Services.GetRequiredService<WorkflowScheduler>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (scheduler.LastRunAt is null)
        {
            await Task.Yield();
            timeout.Token.ThrowIfCancellationRequested();
        }

        slowScheduler.Clock.Advance(TimeSpan.FromMinutes(5));

        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        Assert.False(body!["schedulerRunning"]!.GetValue<bool>());
    }
}

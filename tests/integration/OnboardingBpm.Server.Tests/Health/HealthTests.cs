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
        var readiness = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        Assert.False(body!["schedulerRunning"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
        Assert.Equal(["scheduler"], Failed(await readiness.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task liveness_answers_while_the_process_runs_without_a_token()
    {
        var response = await factory.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Alive", (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task readiness_is_ready_with_the_database_migrated_and_the_scheduler_running_and_names_each_check()
    {
        await factory.Services.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);

        var response = await factory.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        Assert.Equal("Ready", body["status"]!.GetValue<string>());
        Assert.Empty(Failed(body));
        var checks = body["checks"]!.AsArray().ToDictionary(c => c!["name"]!.GetValue<string>(), c => c!["detail"]!.GetValue<string>());
        Assert.Equal(["database", "migrations", "scheduler", "draining", "realTime"], checks.Keys);
        Assert.Equal("applied", checks["migrations"]);
        Assert.Equal("Off", checks["realTime"]);
    }

    [Fact]
    public async Task a_draining_node_is_not_ready_at_once_and_says_so_without_revealing_its_configuration()
    {
        await using var draining = new ServerFactory();
        var client = draining.CreateClient();
        await draining.Services.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);

        draining.Services.GetRequiredService<WorkflowNode>().BeginDrain();
        var response = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["draining"], Failed(JsonNode.Parse(text)!.AsObject()));
        Assert.DoesNotContain("Data Source", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(".db", text, StringComparison.OrdinalIgnoreCase);
    }

    private static List<string> Failed(JsonObject? readiness) =>
        [.. readiness!["failed"]!.AsArray().Select(f => f!.GetValue<string>())];
}

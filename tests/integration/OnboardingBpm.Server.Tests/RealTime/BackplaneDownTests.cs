using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Tests.RealTime;

/// <summary>
/// The SignalR backplane configured but Redis unreachable: the API keeps serving (a burst that announces a task is
/// not held up by the failed notice), /health says Degraded and the node stays ready.
/// </summary>
public sealed class BackplaneDownTests : IAsyncDisposable
{
    private readonly UnreachableRedisServerFactory factory = new();

    [Fact]
    public async Task with_redis_unreachable_a_task_is_still_created_and_health_says_degraded_but_ready()
    {
        using var admin = factory.CreateClientAs(DemoUsers.Admin);
        var import = await admin.PostAsJsonAsync("/api/workflow-definitions/import", JsonNode.Parse(TaskFlow), TestContext.Current.CancellationToken);
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var started = System.Diagnostics.Stopwatch.StartNew();
        var start = await admin.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "backplane-down" }, TestContext.Current.CancellationToken);
        started.Stop();
        await factory.Services.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);
        var health = await admin.GetAsync("/health", TestContext.Current.CancellationToken);
        var ready = await admin.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(4), $"the start took {started.Elapsed}: the failed notice held the burst up");
        var instanceId = (await ServerFactory.ReadObjectAsync(start))["id"]!.GetValue<string>();
        var tasks = await admin.GetFromJsonAsync<JsonObject>("/api/tasks", TestContext.Current.CancellationToken);
        Assert.Contains(tasks!["items"]!.AsArray(), t => t!["instanceId"]!.GetValue<string>() == instanceId);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var report = await ServerFactory.ReadObjectAsync(health);
        Assert.Equal("Degraded", report["status"]!.GetValue<string>());
        Assert.Equal("Disconnected", report["realTime"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    private const string TaskFlow = """
        {"definitionId": "backplane-down", "name": "A task while Redis is down",
         "root": {"activities": [
           {"id": "start", "type": "Start"},
           {"id": "task", "type": "UserTask", "inputs": {"title": "Still created", "segment": "smb", "outcomes": ["Done"]}}],
          "connections": [{"source": {"activity": "start"}, "target": {"activity": "task"}}]}}
        """;

    /// <summary>RealTime:Redis names a loopback port nothing listens on.</summary>
    private sealed class UnreachableRedisServerFactory : ServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RealTime:Redis", $"127.0.0.1:{ClosedPort()},connectTimeout=500");
        }

        private static int ClosedPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}

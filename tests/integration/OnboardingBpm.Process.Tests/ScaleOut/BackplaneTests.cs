using System.Text.Json.Nodes;
using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.ScaleOut;

/// <summary>
/// Two server processes on one PostgreSQL database; a browser's hub connection lives on node A while a task is
/// created through node B. With the Redis backplane the notice reaches A's user; without it, it cannot; with
/// Redis down the API serves on, and notices flow again once Redis is back.
/// </summary>
public sealed class BackplaneTests : IAsyncDisposable
{
    private const string Workflow = "task-for-anyone";
    private const string Supervisor = "maria.supervisor@onboardingbpm.local";
    private static readonly TimeSpan NoticeTimeout = TimeSpan.FromSeconds(30);

    private readonly ServerFleet fleet = new("ScaleOut/task-for-anyone.json");
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private RedisServer? redis;

    [Fact]
    public async Task with_the_redis_backplane_a_task_created_on_node_b_is_announced_to_a_user_connected_to_node_a()
    {
        redis = await RedisServer.StartAsync(cancellation);
        var (a, b) = await StartTwoAsync(new Dictionary<string, string> { ["RealTime__Redis"] = redis.ConnectionString });
        await using var hub = await ConnectedAndListeningAsync(a);

        var fromB = await b.Api.StartAsync(Workflow, "from-b", [], cancellation);
        var fromA = await a.Api.StartAsync(Workflow, "from-a", [], cancellation);

        // One notice per task, in commit order: B's crossed to A through Redis before A's own.
        Assert.Equal(fromB, await NextTaskInstanceAsync(hub));
        Assert.Equal(fromA, await NextTaskInstanceAsync(hub));
        Assert.Equal(("Healthy", "Connected"), await HealthAsync(a));
    }

    [Fact]
    public async Task without_a_backplane_a_task_created_on_node_b_never_reaches_a_user_connected_to_node_a()
    {
        var (a, b) = await StartTwoAsync(new Dictionary<string, string>());
        await using var hub = await ConnectedAndListeningAsync(a);

        await b.Api.StartAsync(Workflow, "from-b", [], cancellation);
        var fromA = await a.Api.StartAsync(Workflow, "from-a", [], cancellation);

        // B's notice, sent first, would arrive first if it could cross: A's own is the next one.
        Assert.Equal(fromA, await NextTaskInstanceAsync(hub));
        Assert.Equal(("Healthy", "Off"), await HealthAsync(a));
    }

    [Fact]
    public async Task while_redis_is_down_the_api_serves_and_health_says_degraded_and_notices_resume_when_it_is_back()
    {
        redis = await RedisServer.StartAsync(cancellation);
        var port = redis.Port;
        var (a, b) = await StartTwoAsync(new Dictionary<string, string> { ["RealTime__Redis"] = redis.ConnectionString });
        await using var hub = await ConnectedAndListeningAsync(a);

        await redis.DisposeAsync();
        redis = null;
        await WaitForRealTimeAsync(b, "Disconnected");
        var outage = System.Diagnostics.Stopwatch.StartNew();
        var duringOutage = await b.Api.StartAsync(Workflow, "during-outage", [], cancellation);
        outage.Stop();

        Assert.True(outage.Elapsed < TimeSpan.FromSeconds(5), $"a start took {outage.Elapsed} while Redis was down");
        Assert.Equal("Suspended", (await b.Api.GetAsync(duringOutage, cancellation)).Status);
        Assert.Equal(("Degraded", "Disconnected"), await HealthAsync(b));
        using (var probe = new HttpClient { BaseAddress = b.Address })
        {
            Assert.True((await probe.GetAsync("/health/ready", cancellation)).IsSuccessStatusCode, "Redis down took the node out of the load balancer");
        }

        redis = await RedisServer.StartOnAsync(port, cancellation);
        await WaitForRealTimeAsync(a, "Connected");
        await WaitForRealTimeAsync(b, "Connected");

        // The subscriptions come back with the connection, a moment after it: tasks are created on B until one is
        // announced on A. The one created during the outage never is: its notice failed at once, it was not queued.
        var afterOutage = new List<string>();
        var announced = NextTaskInstanceAsync(hub);
        for (var attempt = 0; attempt < 10 && !announced.IsCompleted; attempt++)
        {
            afterOutage.Add(await b.Api.StartAsync(Workflow, $"after-outage-{attempt}", [], cancellation));
            await Task.WhenAny(announced, Task.Delay(TimeSpan.FromSeconds(2), cancellation));
        }

        Assert.Contains(await announced, afterOutage);
        Assert.Equal(("Healthy", "Connected"), await HealthAsync(a));
    }

    private async Task WaitForRealTimeAsync(ServerProcess server, string state) =>
        await Eventually.WaitUntilAsync($"{server.Name}'s backplane to be {state}", async () => (await HealthAsync(server)).RealTime == state, NoticeTimeout, cancellation);

    private async Task<(string Status, string RealTime)> HealthAsync(ServerProcess server)
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        var health = JsonNode.Parse(await http.GetStringAsync("/health", cancellation))!;
        return (health["status"]!.GetValue<string>(), health["realTime"]!.GetValue<string>());
    }

    private async Task<(ServerProcess A, ServerProcess B)> StartTwoAsync(Dictionary<string, string> environment)
    {
        var database = await fleet.NewPostgresAsync(cancellation);
        var servers = await Task.WhenAll(fleet.StartAsync("a", database, environment, cancellation), fleet.StartAsync("b", database, environment, cancellation));
        return (servers[0], servers[1]);
    }

    /// <summary>
    /// The hub joins a connection to its groups after the handshake: a first task created on A and announced back
    /// proves the supervisor's connection is in its group (through Redis, when the backplane is on).
    /// </summary>
    private async Task<HubProtocolClient> ConnectedAndListeningAsync(ServerProcess a)
    {
        var hub = await HubClient.ConnectAsync(a.Address, Supervisor, cancellation);
        var warmUp = await a.Api.StartAsync(Workflow, "warm-up", [], cancellation);
        Assert.Equal(warmUp, await NextTaskInstanceAsync(hub));
        return hub;
    }

    private async Task<string> NextTaskInstanceAsync(HubProtocolClient hub)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(NoticeTimeout);
        return (await hub.NextAsync("TaskCreated", timeout.Token))["instanceId"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        await fleet.DisposeAsync();
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }
    }
}

using System.Text.Json.Nodes;
using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.ScaleOut;

/// <summary>
/// Two server processes on one PostgreSQL database; a browser's hub connection lives on node A while a task is
/// created through node B. With the Redis backplane the notice reaches A's user; without it, it cannot.
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
        Assert.Equal("Connected", await RealTimeStateAsync(a));
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
        Assert.Equal("Off", await RealTimeStateAsync(a));
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
    private async Task<HubClient> ConnectedAndListeningAsync(ServerProcess a)
    {
        var hub = await HubClient.ConnectAsync(a.Address, Supervisor, cancellation);
        var warmUp = await a.Api.StartAsync(Workflow, "warm-up", [], cancellation);
        Assert.Equal(warmUp, await NextTaskInstanceAsync(hub));
        return hub;
    }

    private async Task<string> NextTaskInstanceAsync(HubClient hub)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(NoticeTimeout);
        return (await hub.NextAsync("TaskCreated", timeout.Token))["instanceId"]!.GetValue<string>();
    }

    private async Task<string> RealTimeStateAsync(ServerProcess server)
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        var health = JsonNode.Parse(await http.GetStringAsync("/health", cancellation))!;
        return health["realTime"]!.GetValue<string>();
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

using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace OnboardingBpm.Process.Tests.Support;

/// <summary>
/// A deployment on one machine: several server nodes on one database, the real workflows/ of the server's build,
/// one simulators process every node talks to (Integrations:Simulators:External) and one clock file all of them
/// read (Testing:ClockFile). Each node keeps its port across restarts, as behind a load balancer. Disposing
/// kills everything and drops the database; a failed test prints the log tails and keeps the folder and database.
/// </summary>
public sealed class Cluster : IAsyncDisposable
{
    private readonly List<ServerProcess> started = [];
    private readonly Dictionary<(int, string), HttpClient> clients = [];
    private readonly IReadOnlyDictionary<string, string> environment;
    private readonly bool dropDatabase;

    private Cluster(string folder, Database database, bool dropDatabase, SimulatorProcess simulators, TestClock clock, int nodes, IReadOnlyDictionary<string, string> extra)
    {
        Folder = folder;
        Database = database;
        this.dropDatabase = dropDatabase;
        Simulators = simulators;
        Clock = clock;
        Tokens = new OktaTokens(simulators.Okta, clock);
        Nodes = [.. Enumerable.Range(1, nodes).Select(i => new Node($"node-{i}", FreePort()))];
        environment = new Dictionary<string, string>(extra)
        {
            ["Integrations__Simulators__External"] = "true",
            ["Integrations__Simulators__Salesforce"] = simulators.Salesforce.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Integrations__Simulators__Okta"] = simulators.Okta.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Integrations__Simulators__Segment"] = simulators.Segment.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Testing__ClockFile"] = clock.Path,
        };
        Vendors = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Folder { get; }

    public Database Database { get; }

    public SimulatorProcess Simulators { get; }

    public TestClock Clock { get; }

    public OktaTokens Tokens { get; }

    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>Anonymous, for the simulators' inspection and fault endpoints.</summary>
    public HttpClient Vendors { get; }

    /// <summary>
    /// Starts the simulators and <paramref name="nodes"/> nodes on <paramref name="database"/> (a new PostgreSQL
    /// database when null, dropped at the end). <paramref name="environment"/> goes to every node.
    /// </summary>
    public static async Task<Cluster> StartAsync(int nodes, Database? database, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "onboardingbpm-process-tests", "cluster-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var clock = new TestClock(Path.Combine(folder, "clock-offset.txt"));
        var simulators = await SimulatorProcess.StartAsync(folder, clock.Path, cancellationToken);
        var cluster = new Cluster(folder, database ?? await TestDatabases.NewPostgresAsync(cancellationToken), database is null, simulators, clock, nodes, environment ?? new Dictionary<string, string>());
        try
        {
            // One at a time: the first migrates the schema and imports the definitions the others then find.
            foreach (var node in cluster.Nodes)
            {
                await cluster.StartAsync(node, cancellationToken);
            }
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    public async Task StartAsync(Node node, CancellationToken cancellationToken)
    {
        var settings = new ServerSettings(node.Name, Database, ServerProcess.BundledWorkflowsFolder, Folder, environment, node.Port);
        var server = await ServerProcess.StartAsync(settings, cancellationToken);
        lock (started)
        {
            started.Add(server);
        }

        node.Current = server;
    }

    /// <summary>kill -9 of the node's process; it stays down until <see cref="StartAsync(Node, CancellationToken)"/>.</summary>
    public async Task KillAsync(Node node)
    {
        if (node.Current is { } server)
        {
            node.Current = null;
            await server.KillAsync();
        }
    }

    /// <summary>An authenticated client for one node, signed in as a demo user (one per node and user, kept for the test).</summary>
    public HttpClient Client(int node, string login)
    {
        lock (clients)
        {
            if (!clients.TryGetValue((node, login), out var client))
            {
                client = new HttpClient(new OktaBearer(Tokens, login)) { BaseAddress = Nodes[node].Address, Timeout = TimeSpan.FromSeconds(60) };
                clients[(node, login)] = client;
            }

            return client;
        }
    }

    /// <summary>Moves every process's clock forward and returns once each running node's clock shows it.</summary>
    public async Task JumpClockAsync(TimeSpan by, CancellationToken cancellationToken)
    {
        Clock.Jump(by);
        var target = Clock.Now - TimeSpan.FromSeconds(1);
        foreach (var node in Nodes.Where(n => n.Current is not null))
        {
            using var anonymous = new HttpClient { BaseAddress = node.Address };
            await Eventually.WaitUntilAsync($"{node.Name} to see the clock jump", async () =>
                (await anonymous.GetFromJsonAsync<ServerClock>("/app-config.json", cancellationToken))!.ServerTime >= target,
                TimeSpan.FromSeconds(30), cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        var failed = TestContext.Current.TestState?.Result is not TestResult.Passed;
        foreach (var server in started)
        {
            await server.DisposeAsync();
        }

        if (failed)
        {
            foreach (var node in Nodes.Where(n => n.Current is not null))
            {
                TestContext.Current.TestOutputHelper?.WriteLine(node.Current!.Tail());
            }

            TestContext.Current.TestOutputHelper?.WriteLine(Simulators.Tail());
        }

        await Simulators.DisposeAsync();
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Vendors.Dispose();
        Tokens.Dispose();
        if (dropDatabase && !failed)
        {
            await TestDatabases.DropAsync(Database);
        }
        else if (dropDatabase)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"kept for a closer look: the folder {Folder} and the database {new Npgsql.NpgsqlConnectionStringBuilder(Database.ConnectionString).Database}");
        }

        if (!failed)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record ServerClock(DateTimeOffset ServerTime);
}

/// <summary>One node's slot: its name and fixed address, and the process running there now (null while down).</summary>
public sealed class Node(string name, int port)
{
    public string Name { get; } = name;

    public int Port { get; } = port;

    public Uri Address { get; } = new($"http://127.0.0.1:{port}");

    public ServerProcess? Current { get; internal set; }
}

namespace OnboardingBpm.Process.Tests.Support;

/// <summary>
/// Everything one test starts: a folder with its workflow files, SQLite database and server logs, the server
/// processes, and PostgreSQL databases. Disposing kills every server still running and drops the databases;
/// when the test failed it prints each server's log tail and keeps the folder for a closer look.
/// </summary>
public sealed class ServerFleet : IAsyncDisposable
{
    private readonly List<ServerProcess> servers = [];
    private readonly List<Database> databases = [];

    /// <param name="workflowFiles">Definition files of the test project (paths relative to its output folder) the servers import at startup.</param>
    public ServerFleet(params string[] workflowFiles)
    {
        Folder = Path.Combine(Path.GetTempPath(), "onboardingbpm-process-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(WorkflowsFolder);
        foreach (var file in workflowFiles)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, file), Path.Combine(WorkflowsFolder, Path.GetFileName(file)));
        }
    }

    public string Folder { get; }

    private string WorkflowsFolder => Path.Combine(Folder, "workflows");

    public Database Sqlite() => TestDatabases.SqliteIn(Folder);

    public async Task<Database> NewPostgresAsync(CancellationToken cancellationToken)
    {
        var database = await TestDatabases.NewPostgresAsync(cancellationToken);
        databases.Add(database);
        return database;
    }

    public Task<ServerProcess> StartAsync(string name, Database database, CancellationToken cancellationToken) =>
        StartAsync(name, database, new Dictionary<string, string>(), cancellationToken);

    /// <summary>A server with further configuration, as environment variables (<c>Section__Key</c>).</summary>
    public async Task<ServerProcess> StartAsync(string name, Database database, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var server = await ServerProcess.StartAsync(new ServerSettings(name, database, WorkflowsFolder, Folder, environment), cancellationToken);
        lock (servers)
        {
            servers.Add(server);
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        var failed = TestContext.Current.TestState?.Result is not TestResult.Passed;
        foreach (var server in servers)
        {
            await server.DisposeAsync();
            if (failed)
            {
                TestContext.Current.TestOutputHelper?.WriteLine(server.Tail());
            }
        }

        foreach (var database in databases)
        {
            await TestDatabases.DropAsync(database);
        }

        if (!failed)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OnboardingBpm.Persistence;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Server.Hosting.Simulators;

namespace OnboardingBpm.Server.Tests.Support;

/// <summary>
/// The real server in memory (test host), with the files under workflows/ imported as at a normal start and
/// a clock the test moves. Its database is a fresh SQLite file, or (<see cref="PostgresServerFactory"/>) a fresh
/// PostgreSQL database; either goes with the factory.
/// </summary>
public class ServerFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string sqliteFile = Path.Combine(Path.GetTempPath(), "onboardingbpm-tests", $"server-{Guid.NewGuid():N}.db");
    private string? postgresConnectionString;

    public ServerFactory()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected ServerFactory(DatabaseProvider provider) => Provider = provider;

    public DatabaseProvider Provider { get; }

    /// <summary>The server's database, for tests that look at it directly (<see cref="DatabaseFingerprint"/>).</summary>
    public string ConnectionString => Provider == DatabaseProvider.Sqlite
        ? $"Data Source={sqliteFile}"
        : postgresConnectionString ?? throw new InvalidOperationException("The PostgreSQL database is made in InitializeAsync: use the factory as a fixture, or call it first.");

    /// <summary>Where this server writes its KPI reports (Kpis:ReportFolder); it goes with the factory.</summary>
    public string KpiReportFolder { get; } = Path.Combine(Path.GetTempPath(), "onboardingbpm-tests", $"kpi-reports-{Guid.NewGuid():N}");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    /// <summary>How often the background scheduler loop runs; tests drive it directly when they need it.</summary>
    public TimeSpan SchedulerInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Creates the PostgreSQL database before the server first starts (xunit calls this on a fixture).</summary>
    public virtual async ValueTask InitializeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            // Several servers share PostgreSQL with the other test projects: a small pool each.
            postgresConnectionString = await TestPostgres.CreateDatabaseAsync("obpm_server_", maxPoolSize: 10);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Workflows:SchedulerInterval", SchedulerInterval.ToString());
        // Tests run the live KPI check themselves (KpiWatcher.CheckAsync); the loop stays out of the way.
        builder.UseSetting("Kpis:LiveCheckInterval", TimeSpan.FromDays(1).ToString());
        builder.UseSetting("Persistence:Provider", Provider.ToString());
        builder.UseSetting("Persistence:ConnectionString", ConnectionString);
        builder.UseSetting("Kpis:ReportFolder", KpiReportFolder);
        // Personal data is encrypted at rest; the tests bring throwaway keys (the server refuses to start without).
        builder.UseSetting("Privacy:ActiveKeyId", "test");
        builder.UseSetting("Privacy:Keys:0:Id", "test");
        builder.UseSetting("Privacy:Keys:0:Key", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Privacy:BlindIndexKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        foreach (var vendor in new[] { "Salesforce", "Okta", "Segment" })
        {
            builder.UseSetting($"Integrations:Simulators:{vendor}", "0");

            // In-call backoff is real time; the durable retries the tests care about run on the fake clock.
            builder.UseSetting($"Integrations:{vendor}:Resilience:RetryBaseDelay", "00:00:00");
        }
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Each factory has its own database and report folder; they go with the factory.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (postgresConnectionString is not null)
        {
            await TestPostgres.DropDatabaseAsync(postgresConnectionString);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
        {
            File.Delete(file);
        }

        if (Directory.Exists(KpiReportFolder))
        {
            Directory.Delete(KpiReportFolder, recursive: true);
        }
    }

    /// <summary>A client signed in as a demo user (<see cref="DemoUsers"/>), or as a machine client.</summary>
    public HttpClient CreateClientAs(string who) => CreateDefaultClient(new SignedInHandler(this, who));

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;
}

/// <summary>
/// A server whose background scheduler loop stays out of the way (it runs once at startup, then daily), for tests
/// that move the clock and run the scheduler themselves: a loop picking up the same due timer mid-test would make
/// the test assert before that step finished.
/// </summary>
public class ScheduledByTestServerFactory : ServerFactory
{
    public ScheduledByTestServerFactory()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected ScheduledByTestServerFactory(DatabaseProvider provider)
        : base(provider) => SchedulerInterval = TimeSpan.FromDays(1);

    /// <summary>What the background loop does each tick: due timers and cron triggers, then the pending outbox.</summary>
    public async Task RunSchedulerAsync()
    {
        await Services.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);
        await Services.GetRequiredService<WorkflowRuntime>().DispatchPendingAsync(cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>Reads a simulator's inspection endpoint (salesforce, okta, segment), straight over loopback.</summary>
    public async Task<T> SimulatorAsync<T>(string vendor, string path)
    {
        using var direct = new HttpClient { BaseAddress = Services.GetRequiredService<SimulatorDirectory>().AddressOf(vendor) };
        return (await direct.GetFromJsonAsync<T>(path, TestContext.Current.CancellationToken))!;
    }

    public Uri SimulatorAddress(string vendor, string path) => new(Services.GetRequiredService<SimulatorDirectory>().AddressOf(vendor), path);
}

using Microsoft.Data.Sqlite;
using Npgsql;
using OnboardingBpm.Persistence;

namespace OnboardingBpm.LoadHarness;

/// <summary>A fresh database per run (a SQLite file, or a PostgreSQL database on 127.0.0.1), dropped afterwards.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private static readonly string PostgresServer =
        Environment.GetEnvironmentVariable("ONBOARDINGBPM_BENCH_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Timeout=30";

    private BenchDatabase(PersistenceOptions options) => Options = options;

    public PersistenceOptions Options { get; }
    public DatabaseProvider Provider => Options.Provider;
    public string ConnectionString => Options.ConnectionString;

    /// <summary>Why <paramref name="provider"/> cannot be used here, or null when it can (SQLite always can).</summary>
    public static async Task<string?> UnreachableReasonAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return null;
        }

        var server = new NpgsqlConnectionStringBuilder(PostgresServer) { Timeout = 5 };
        try
        {
            await using var connection = new NpgsqlConnection(server.ToString());
            await connection.OpenAsync();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return $"PostgreSQL at {server.Host}:{server.Port} is not reachable ({ex.Message})";
        }
    }

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "onboardingbpm-bench");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db");
            return new BenchDatabase(new PersistenceOptions { Provider = provider, ConnectionString = $"Data Source={file}" });
        }

        var name = "obpm_bench_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(PostgresServer))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
        return new BenchDatabase(new PersistenceOptions { Provider = provider, ConnectionString = builder.ToString() });
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            NpgsqlConnection.ClearAllPools();
            var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            return;
        }

        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

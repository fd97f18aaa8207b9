using Npgsql;

namespace OnboardingBpm.Persistence.Tests.Support;

/// <summary>
/// Where the store tests find their databases. PostgreSQL is the local server that test.sh installs and
/// starts; ONBOARDINGBPM_TEST_POSTGRES overrides the connection to it. Each test gets a fresh database.
/// </summary>
public static class TestDatabases
{
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("ONBOARDINGBPM_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Timeout=30";

    public static PersistenceOptions NewSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "onboardingbpm-tests");
        Directory.CreateDirectory(folder);
        return new PersistenceOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(folder, Guid.NewGuid().ToString("N"))}.db" };
    }

    public static async Task<PersistenceOptions> NewPostgresAsync()
    {
        var name = "obpm_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(PostgresServer))
        {
            try
            {
                await connection.OpenAsync();
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
            {
                throw new InvalidOperationException($"PostgreSQL is not reachable ({PostgresServer}): run ./test.sh, which installs and starts it, or set ONBOARDINGBPM_TEST_POSTGRES.", ex);
            }

            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
        return new PersistenceOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = builder.ToString() };
    }

    public static async Task DropAsync(PersistenceOptions options)
    {
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            NpgsqlConnection.ClearAllPools();
            var name = new NpgsqlConnectionStringBuilder(options.ConnectionString).Database;
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}

using Npgsql;

namespace OnboardingBpm.Process.Tests.Support;

/// <summary>A database as the server's Persistence section names it.</summary>
public sealed record Database(string Provider, string ConnectionString);

/// <summary>
/// Where the tests' databases live: a SQLite file in the test's own folder, or a fresh PostgreSQL database on
/// the local server that test.sh installs and starts (ONBOARDINGBPM_TEST_POSTGRES overrides the connection).
/// </summary>
public static class TestDatabases
{
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("ONBOARDINGBPM_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Timeout=5";

    public static Database SqliteIn(string folder) => new("Sqlite", $"Data Source={Path.Combine(folder, "engine.db")}");

    public static async Task<Database> NewPostgresAsync(CancellationToken cancellationToken)
    {
        var name = "obpm_process_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(PostgresServer))
        {
            try
            {
                await connection.OpenAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
            {
                throw new InvalidOperationException($"PostgreSQL is not reachable ({PostgresServer}): run ./test.sh, which installs and starts it, or set ONBOARDINGBPM_TEST_POSTGRES.", ex);
            }

            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        // Two server processes share PostgreSQL with other test projects: a small pool each keeps them all
        // under the server's max_connections.
        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, MaxPoolSize = 10 };
        return new Database("PostgreSql", builder.ToString());
    }

    public static async Task DropAsync(Database database)
    {
        if (database.Provider != "PostgreSql")
        {
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

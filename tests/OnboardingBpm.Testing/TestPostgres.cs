using Npgsql;

namespace OnboardingBpm.Testing;

/// <summary>
/// Fresh PostgreSQL databases for tests, on the local server that test.sh installs and starts
/// (ONBOARDINGBPM_TEST_POSTGRES overrides the connection to it). Each test or fixture creates its own and drops it.
/// </summary>
public static class TestPostgres
{
    public static string Server =>
        Environment.GetEnvironmentVariable("ONBOARDINGBPM_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Timeout=30";

    /// <summary>
    /// Creates an empty database named <paramref name="prefix"/> plus a random suffix and returns its connection
    /// string, with <paramref name="maxPoolSize"/> when given: several servers and test projects share PostgreSQL,
    /// and a small pool each keeps them all under its max_connections.
    /// </summary>
    public static async Task<string> CreateDatabaseAsync(string prefix, int? maxPoolSize = null, CancellationToken cancellationToken = default)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(Server))
        {
            try
            {
                await connection.OpenAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
            {
                throw new InvalidOperationException($"PostgreSQL is not reachable ({Server}): run ./test.sh, which installs and starts it, or set ONBOARDINGBPM_TEST_POSTGRES.", ex);
            }

            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(Server) { Database = name };
        if (maxPoolSize is { } max)
        {
            builder.MaxPoolSize = max;
        }

        return builder.ToString();
    }

    /// <summary>Drops the database of <paramref name="connectionString"/>, closing whatever is still connected to it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        // This process's idle connections to it go first; FORCE ends the rest (another process's, a leaked one).
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

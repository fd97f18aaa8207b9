namespace OnboardingBpm.Process.Tests.Support;

/// <summary>A database as the server's Persistence section names it.</summary>
public sealed record Database(string Provider, string ConnectionString);

/// <summary>
/// Where the tests' databases live: a SQLite file in the test's own folder, or a fresh database on the local
/// PostgreSQL (<see cref="TestPostgres"/>).
/// </summary>
public static class TestDatabases
{
    public static Database SqliteIn(string folder) => new("Sqlite", $"Data Source={Path.Combine(folder, "engine.db")}");

    // Two server processes share PostgreSQL with other test projects: a small pool each.
    public static async Task<Database> NewPostgresAsync(CancellationToken cancellationToken) =>
        new("PostgreSql", await TestPostgres.CreateDatabaseAsync("obpm_process_", maxPoolSize: 10, cancellationToken));

    public static Task DropAsync(Database database) =>
        database.Provider == "PostgreSql" ? TestPostgres.DropDatabaseAsync(database.ConnectionString) : Task.CompletedTask;
}

namespace OnboardingBpm.Persistence.Tests.Support;

/// <summary>
/// Where the store tests find their databases: a SQLite file, or a fresh database on the local PostgreSQL
/// (<see cref="TestPostgres"/>). Each test gets its own.
/// </summary>
public static class TestDatabases
{
    public static PersistenceOptions NewSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "onboardingbpm-tests");
        Directory.CreateDirectory(folder);
        return new PersistenceOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(folder, Guid.NewGuid().ToString("N"))}.db" };
    }

    public static async Task<PersistenceOptions> NewPostgresAsync() =>
        new() { Provider = DatabaseProvider.PostgreSql, ConnectionString = await TestPostgres.CreateDatabaseAsync("obpm_test_") };

    public static async Task DropAsync(PersistenceOptions options)
    {
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            await TestPostgres.DropDatabaseAsync(options.ConnectionString);
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

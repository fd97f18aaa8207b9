using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using OnboardingBpm.Persistence;

namespace OnboardingBpm.LoadHarness.Scenarios;

/// <summary>
/// The physical limit: the database work of one instance done with plain ADO.NET on scratch tables (insert
/// instance + bookmark in one transaction; update instance, delete bookmark, insert 3 journal rows in a
/// second), then the engine on the same provider and worker count for the ratio.
/// </summary>
internal static class RawCommitScenario
{
    // About the size of the engine's serialized state for the durable flow, so rows are not unrealistically small.
    private static readonly string State = "{\"variables\":{\"n\":1},\"pad\":\"" + new string('x', 1_000) + "\"}";

    public static async Task RunAsync(HarnessOptions options)
    {
        var count = options.Count ?? DurableScenario.DefaultCount;
        var table = new Table("provider", "workers", "instances", "raw instances/s", "durable instances/s", "durable/raw");
        foreach (var provider in options.Providers)
        {
            foreach (var workers in DurableScenario.WorkerCounts)
            {
                var raw = await MeasureRawAsync(provider, workers, count);
                Console.WriteLine($"raw {provider} x{workers}: {raw:N1} instances/s");
                var durable = await DurableScenario.MeasureAsync(provider, workers, count);
                Console.WriteLine($"durable {provider} x{workers}: {durable:N1} instances/s");
                table.Add(provider, workers, count, raw, durable, $"{durable / raw:P0}");
            }
        }

        table.Print();
    }

    private static async Task<double> MeasureRawAsync(DatabaseProvider provider, int workers, int count)
    {
        await using var database = await BenchDatabase.CreateAsync(provider);
        await using (var setup = await OpenAsync(database))
        {
            await ExecuteAsync(setup, null, provider == DatabaseProvider.Sqlite
                ? "CREATE TABLE raw_instance (id TEXT PRIMARY KEY, status TEXT NOT NULL, state TEXT NOT NULL, revision INTEGER NOT NULL, updated_at TEXT NOT NULL);" +
                  "CREATE TABLE raw_bookmark (id TEXT PRIMARY KEY, instance_id TEXT NOT NULL, hash TEXT NOT NULL, created_at TEXT NOT NULL);" +
                  "CREATE INDEX ix_raw_bookmark_hash ON raw_bookmark (hash);" +
                  "CREATE TABLE raw_journal (id INTEGER PRIMARY KEY AUTOINCREMENT, instance_id TEXT NOT NULL, activity_id TEXT NOT NULL, at TEXT NOT NULL);" +
                  "CREATE INDEX ix_raw_journal_instance ON raw_journal (instance_id);"
                : "CREATE TABLE raw_instance (id TEXT PRIMARY KEY, status TEXT NOT NULL, state TEXT NOT NULL, revision INTEGER NOT NULL, updated_at TIMESTAMPTZ NOT NULL);" +
                  "CREATE TABLE raw_bookmark (id TEXT PRIMARY KEY, instance_id TEXT NOT NULL, hash TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL);" +
                  "CREATE INDEX ix_raw_bookmark_hash ON raw_bookmark (hash);" +
                  "CREATE TABLE raw_journal (id BIGSERIAL PRIMARY KEY, instance_id TEXT NOT NULL, activity_id TEXT NOT NULL, at TIMESTAMPTZ NOT NULL);" +
                  "CREATE INDEX ix_raw_journal_instance ON raw_journal (instance_id);");
        }

        var watch = Stopwatch.StartNew();
        await Workers.RunAsync(count, workers, async _ =>
        {
            await using var connection = await OpenAsync(database);
            await RunOneAsync(connection);
        });
        watch.Stop();
        return count / watch.Elapsed.TotalSeconds;
    }

    private static async Task RunOneAsync(DbConnection connection)
    {
        var id = Guid.NewGuid().ToString("N");
        var bookmarkId = Guid.NewGuid().ToString("N");
        await using (var first = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(connection, first, "INSERT INTO raw_instance (id, status, state, revision, updated_at) VALUES (@id, 'Suspended', @state, 1, @now)", ("id", id), ("state", State), ("now", DateTimeOffset.UtcNow));
            await ExecuteAsync(connection, first, "INSERT INTO raw_bookmark (id, instance_id, hash, created_at) VALUES (@b, @id, @hash, @now)", ("b", bookmarkId), ("id", id), ("hash", "Event:go"), ("now", DateTimeOffset.UtcNow));
            await first.CommitAsync();
        }

        await using var second = await connection.BeginTransactionAsync();
        var updated = await ExecuteAsync(connection, second, "UPDATE raw_instance SET status = 'Finished', state = @state, revision = 2, updated_at = @now WHERE id = @id AND revision = 1", ("id", id), ("state", State), ("now", DateTimeOffset.UtcNow));
        var deleted = await ExecuteAsync(connection, second, "DELETE FROM raw_bookmark WHERE id = @b", ("b", bookmarkId));
        if (updated != 1 || deleted != 1)
        {
            throw new InvalidOperationException($"Raw commit of {id} touched {updated} instance and {deleted} bookmark rows");
        }

        foreach (var activity in new[] { "wait", "decide", "end" })
        {
            await ExecuteAsync(connection, second, "INSERT INTO raw_journal (instance_id, activity_id, at) VALUES (@id, @a, @now)", ("id", id), ("a", activity), ("now", DateTimeOffset.UtcNow));
        }

        await second.CommitAsync();
    }

    private static async Task<DbConnection> OpenAsync(BenchDatabase database)
    {
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var postgres = new NpgsqlConnection(database.ConnectionString);
            await postgres.OpenAsync();
            return postgres;
        }

        // The same pragmas the engine's SQLite store sets on every connection.
        var sqlite = new SqliteConnection(database.ConnectionString);
        await sqlite.OpenAsync();
        await ExecuteAsync(sqlite, null, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;");
        return sqlite;
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return await command.ExecuteNonQueryAsync();
    }
}

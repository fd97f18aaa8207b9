using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using OnboardingBpm.Persistence;

namespace OnboardingBpm.LoadHarness;

/// <summary>
/// Plain ADO.NET on scratch tables shaped like the engine's (instance with a state column, bookmark, task,
/// journal, indexed alike): the raw commit loops measure what the database can do without the engine.
/// </summary>
internal static class RawSql
{
    // About the size of the engine's serialized state for the benchmark flows, so rows are not unrealistically small.
    public static readonly string State = "{\"variables\":{\"n\":1},\"pad\":\"" + new string('x', 1_000) + "\"}";

    public static async Task CreateTablesAsync(BenchDatabase database)
    {
        await using var connection = await OpenAsync(database);
        var (time, journalId) = database.Provider == DatabaseProvider.Sqlite
            ? ("TEXT", "INTEGER PRIMARY KEY AUTOINCREMENT")
            : ("TIMESTAMPTZ", "BIGSERIAL PRIMARY KEY");
        await ExecuteAsync(connection, null,
            $"CREATE TABLE raw_instance (id TEXT PRIMARY KEY, status TEXT NOT NULL, state TEXT NOT NULL, revision INTEGER NOT NULL, updated_at {time} NOT NULL);" +
            $"CREATE TABLE raw_bookmark (id TEXT PRIMARY KEY, instance_id TEXT NOT NULL, hash TEXT NOT NULL, created_at {time} NOT NULL);" +
            "CREATE INDEX ix_raw_bookmark_hash ON raw_bookmark (hash);" +
            $"CREATE TABLE raw_task (id TEXT PRIMARY KEY, instance_id TEXT NOT NULL, status TEXT NOT NULL, task TEXT NOT NULL, updated_at {time} NOT NULL);" +
            "CREATE INDEX ix_raw_task_status ON raw_task (status);" +
            $"CREATE TABLE raw_journal (id {journalId}, instance_id TEXT NOT NULL, activity_id TEXT NOT NULL, at {time} NOT NULL);" +
            "CREATE INDEX ix_raw_journal_instance ON raw_journal (instance_id);");
    }

    public static async Task<DbConnection> OpenAsync(BenchDatabase database)
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

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
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

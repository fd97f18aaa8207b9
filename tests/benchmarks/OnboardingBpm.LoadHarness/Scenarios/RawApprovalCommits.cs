using System.Data.Common;
using System.Diagnostics;
using OnboardingBpm.Persistence;

namespace OnboardingBpm.LoadHarness.Scenarios;

/// <summary>
/// The physical limit for the approval shape: the rows the engine writes for one approval instance, with
/// plain ADO.NET, one instance at a time. Start commit: instance, bookmark, task and 3 journal rows (start,
/// prepare, approve waiting). Completion commit: instance updated on its revision, bookmark deleted, task
/// completed, 3 journal rows (approve, approved, the end). 12 statements, 2 commits.
/// </summary>
internal static class RawApprovalCommits
{
    private static readonly string[] StartJournal = ["start", "prepare", "approve"];
    private static readonly string[] CompletionJournal = ["approve", "approved", "done"];
    private static readonly string Task = "{\"title\":\"Approve 600\",\"segment\":\"smb\",\"outcomes\":[\"Approve\",\"Reject\"],\"pad\":\"" + new string('x', 200) + "\"}";

    public static async Task<double> MeasureAsync(DatabaseProvider provider, int count)
    {
        await using var database = await BenchDatabase.CreateAsync(provider);
        await RawSql.CreateTablesAsync(database);

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            // A pooled connection per instance, as the engine's stores take one per commit.
            await using var connection = await RawSql.OpenAsync(database);
            await RunOneAsync(connection);
        }

        watch.Stop();
        return count / watch.Elapsed.TotalSeconds;
    }

    private static async Task RunOneAsync(DbConnection connection)
    {
        var id = Guid.NewGuid().ToString("N");
        var bookmarkId = Guid.NewGuid().ToString("N");
        var taskId = Guid.NewGuid().ToString("N");
        await using (var start = await connection.BeginTransactionAsync())
        {
            await RawSql.ExecuteAsync(connection, start, "INSERT INTO raw_instance (id, status, state, revision, updated_at) VALUES (@id, 'Suspended', @state, 1, @now)", ("id", id), ("state", RawSql.State), ("now", DateTimeOffset.UtcNow));
            await RawSql.ExecuteAsync(connection, start, "INSERT INTO raw_bookmark (id, instance_id, hash, created_at) VALUES (@b, @id, @hash, @now)", ("b", bookmarkId), ("id", id), ("hash", "UserTask:" + taskId), ("now", DateTimeOffset.UtcNow));
            await RawSql.ExecuteAsync(connection, start, "INSERT INTO raw_task (id, instance_id, status, task, updated_at) VALUES (@t, @id, 'Open', @task, @now)", ("t", taskId), ("id", id), ("task", Task), ("now", DateTimeOffset.UtcNow));
            await InsertJournalAsync(connection, start, id, StartJournal);
            await start.CommitAsync();
        }

        await using var completion = await connection.BeginTransactionAsync();
        var updated = await RawSql.ExecuteAsync(connection, completion, "UPDATE raw_instance SET status = 'Finished', state = @state, revision = 2, updated_at = @now WHERE id = @id AND revision = 1", ("id", id), ("state", RawSql.State), ("now", DateTimeOffset.UtcNow));
        var deleted = await RawSql.ExecuteAsync(connection, completion, "DELETE FROM raw_bookmark WHERE id = @b", ("b", bookmarkId));
        var completed = await RawSql.ExecuteAsync(connection, completion, "UPDATE raw_task SET status = 'Completed', task = @task, updated_at = @now WHERE id = @t AND status = 'Open'", ("t", taskId), ("task", Task), ("now", DateTimeOffset.UtcNow));
        if (updated != 1 || deleted != 1 || completed != 1)
        {
            throw new InvalidOperationException($"Raw commit of {id} touched {updated} instance, {deleted} bookmark and {completed} task rows");
        }

        await InsertJournalAsync(connection, completion, id, CompletionJournal);
        await completion.CommitAsync();
    }

    private static async Task InsertJournalAsync(DbConnection connection, DbTransaction transaction, string id, string[] activities)
    {
        foreach (var activity in activities)
        {
            await RawSql.ExecuteAsync(connection, transaction, "INSERT INTO raw_journal (instance_id, activity_id, at) VALUES (@id, @a, @now)", ("id", id), ("a", activity), ("now", DateTimeOffset.UtcNow));
        }
    }
}

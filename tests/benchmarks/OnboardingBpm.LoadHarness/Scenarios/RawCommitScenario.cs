using System.Data.Common;
using System.Diagnostics;
using OnboardingBpm.Persistence;

namespace OnboardingBpm.LoadHarness.Scenarios;

/// <summary>
/// The physical limit: the database work of one instance done with plain ADO.NET on scratch tables (insert
/// instance + bookmark in one transaction; update instance, delete bookmark, insert 3 journal rows in a
/// second), then the engine on the same provider and worker count for the ratio.
/// </summary>
internal static class RawCommitScenario
{
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
        await RawSql.CreateTablesAsync(database);

        var watch = Stopwatch.StartNew();
        await Workers.RunAsync(count, workers, async _ =>
        {
            await using var connection = await RawSql.OpenAsync(database);
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
            await RawSql.ExecuteAsync(connection, first, "INSERT INTO raw_instance (id, status, state, revision, updated_at) VALUES (@id, 'Suspended', @state, 1, @now)", ("id", id), ("state", RawSql.State), ("now", DateTimeOffset.UtcNow));
            await RawSql.ExecuteAsync(connection, first, "INSERT INTO raw_bookmark (id, instance_id, hash, created_at) VALUES (@b, @id, @hash, @now)", ("b", bookmarkId), ("id", id), ("hash", "Event:go"), ("now", DateTimeOffset.UtcNow));
            await first.CommitAsync();
        }

        await using var second = await connection.BeginTransactionAsync();
        var updated = await RawSql.ExecuteAsync(connection, second, "UPDATE raw_instance SET status = 'Finished', state = @state, revision = 2, updated_at = @now WHERE id = @id AND revision = 1", ("id", id), ("state", RawSql.State), ("now", DateTimeOffset.UtcNow));
        var deleted = await RawSql.ExecuteAsync(connection, second, "DELETE FROM raw_bookmark WHERE id = @b", ("b", bookmarkId));
        if (updated != 1 || deleted != 1)
        {
            throw new InvalidOperationException($"Raw commit of {id} touched {updated} instance and {deleted} bookmark rows");
        }

        foreach (var activity in new[] { "wait", "decide", "end" })
        {
            await RawSql.ExecuteAsync(connection, second, "INSERT INTO raw_journal (instance_id, activity_id, at) VALUES (@id, @a, @now)", ("id", id), ("a", activity), ("now", DateTimeOffset.UtcNow));
        }

        await second.CommitAsync();
    }
}

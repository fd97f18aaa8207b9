using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OnboardingBpm.Persistence.Stores;

namespace OnboardingBpm.Persistence;

/// <summary>
/// Applies the provider's migrations. Never EnsureCreated: a database made by an older version is upgraded
/// step by step, and the history table records what was applied.
/// </summary>
public sealed class DatabaseMigrator(WorkflowContexts contexts, ILogger<DatabaseMigrator> logger)
{
    /// <summary>An arbitrary, fixed key for PostgreSQL's advisory lock that serialises migrations.</summary>
    private const long MigrationLockKey = 7_435_001_250_611;

    private volatile bool allApplied;

    /// <summary>
    /// Several servers may start at once on one PostgreSQL database: a session advisory lock lets one migrate
    /// while the others wait and then find nothing pending.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (contexts.IsPostgres)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        finally
        {
            if (contexts.IsPostgres)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// How many of this build's migrations the database lacks. Once none are missing the answer is kept: migrations
    /// are never rolled back under a running server, so readiness probes stop querying the history table.
    /// </summary>
    public async Task<int> PendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        if (allApplied)
        {
            return 0;
        }

        await using var db = contexts.Create();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        allApplied = pending == 0;
        return pending;
    }

    /// <summary>True when the database answers a trivial query.</summary>
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.Database.CanConnectAsync(cancellationToken);
    }
}

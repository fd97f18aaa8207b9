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
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>True when the database answers a trivial query.</summary>
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.Database.CanConnectAsync(cancellationToken);
    }
}

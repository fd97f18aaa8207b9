using OnboardingBpm.Persistence;

namespace OnboardingBpm.Server.Hosting;

/// <summary>Brings the database schema up to date before anything else touches it.</summary>
internal sealed class DatabaseStartup(DatabaseMigrator migrator, PersistenceOptions options, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.MigrateOnStartup)
        {
            await migrator.MigrateAsync(cancellationToken);
            logger.LogInformation("Database ready ({Provider})", options.Provider);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Persistence.Stores;
using OnboardingBpm.Persistence.Tests.Support;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>A database made by the first release must upgrade in place and keep every waiting instance.</summary>
public abstract partial class WorkflowStoreCompliance
{
    [Fact]
    public async Task a_database_created_by_the_first_migration_upgrades_and_its_waiting_timer_still_fires()
    {
        await Engine.Definitions.PublishAsync(Flows.Escalation, "test");
        var waiting = await Engine.StartAsync("escalation");
        var source = Engine.Services.GetRequiredService<WorkflowContexts>();
        await using var read = source.Create();
        var version = await read.DefinitionVersions.AsNoTracking().SingleAsync();
        var instance = await read.Instances.AsNoTracking().SingleAsync();
        var bookmark = await read.Bookmarks.AsNoTracking().SingleAsync();

        var old = await CreateDatabaseAsync();
        try
        {
            await using (var firstRelease = await FirstReleaseAsync(old))
            {
                var db = firstRelease.GetRequiredService<WorkflowContexts>().Create();
                await using (db)
                {
                    db.DefinitionVersions.Add(version);
                    db.Instances.Add(instance);
                    await db.SaveChangesAsync();
                    await InsertFirstReleaseBookmarkAsync(db, bookmark, firstRelease.GetRequiredService<WorkflowContexts>().IsPostgres);
                }
            }

            await using var upgraded = await DurableEngine.StartAsync(old, Engine.Clock);
            upgraded.Clock.Advance(TimeSpan.FromHours(73));
            Assert.Equal(1, await upgraded.Scheduler.RunDueAsync());

            var finished = await upgraded.InstanceAsync(waiting.Id);
            Assert.Equal(WorkflowStatus.Finished, finished.Status);
            Assert.True(finished.Variables["escalated"]!.GetValue<bool>());
        }
        finally
        {
            await TestDatabases.DropAsync(old);
        }
    }

    /// <summary>A database as the first release left it: only the InitialSchema migration applied.</summary>
    private static async Task<ServiceProvider> FirstReleaseAsync(PersistenceOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflowPersistence(options);
        var provider = services.BuildServiceProvider();
        await using var db = provider.GetRequiredService<WorkflowContexts>().Create();
        await db.GetService<IMigrator>().MigrateAsync("InitialSchema");
        Assert.DoesNotContain(await db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_BookmarkClaims", StringComparison.Ordinal));
        return provider;
    }

    /// <summary>The first release's bookmark table had no claim columns, so the row goes in by hand.</summary>
    private static async Task InsertFirstReleaseBookmarkAsync(Persistence.Model.WorkflowDbContext db, Persistence.Model.BookmarkRow b, bool isPostgres)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO workflow_bookmarks (id, instance_id, activity_id, execution_id, type, hash, correlation_key, payload, due_at, created_at) "
            + "VALUES (@id, @instance, @activity, @execution, @type, @hash, @key, @payload, @due, @created)";
        object?[] values =
        [
            b.Id, b.InstanceId, b.ActivityId, b.ExecutionId, b.Type, b.Hash, b.CorrelationKey, b.Payload,
            isPostgres ? b.DueAt!.Value.ToUniversalTime() : b.DueAt!.Value.UtcTicks,
            isPostgres ? b.CreatedAt.ToUniversalTime() : b.CreatedAt.UtcTicks,
        ];
        string[] names = ["@id", "@instance", "@activity", "@execution", "@type", "@hash", "@key", "@payload", "@due", "@created"];
        for (var i = 0; i < names.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = names[i];
            parameter.Value = values[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}

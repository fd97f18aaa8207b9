using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Persistence.Tests.Support;

namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>Servers started together on one empty database must not trip over each other's migrations.</summary>
public abstract partial class WorkflowStoreCompliance
{
    [Fact]
    public async Task servers_starting_at_once_on_an_empty_database_all_come_up()
    {
        var fresh = await CreateDatabaseAsync();
        try
        {
            var starts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => DurableEngine.StartAsync(fresh))));
            foreach (var engine in starts)
            {
                Assert.True(await engine.Services.GetRequiredService<DatabaseMigrator>().CanConnectAsync());
                await engine.DisposeAsync();
            }
        }
        finally
        {
            await TestDatabases.DropAsync(fresh);
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Persistence.Locking;
using OnboardingBpm.Persistence.Tests.Compliance;
using OnboardingBpm.Persistence.Tests.Support;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Persistence.Tests.Locking;

public sealed class DatabaseInstanceLockTests
{
    /// <summary>
    /// Two engines on one database stand for two processes (each has its own lease owner). The first takes an
    /// instance's lease and never gives it back, as a process killed mid-burst does; the second must get the
    /// instance before its own wait for the lease runs out, not fail with "busy on another server".
    /// </summary>
    [Fact]
    public async Task a_caller_outwaits_the_lease_of_a_process_that_died_holding_it()
    {
        var options = TestDatabases.NewSqlite();
        var clock = new FakeTimeProvider();
        try
        {
            await using var dead = await DurableEngine.StartAsync(options, clock);
            await using var alive = await DurableEngine.StartAsync(options, clock);
            await dead.Definitions.PublishAsync(Flows.Counter, "test");
            var instance = await dead.StartAsync("counter");
            _ = await dead.Services.GetRequiredService<IInstanceLock>().AcquireAsync(instance.Id, TestContext.Current.CancellationToken);

            var waiting = alive.Services.GetRequiredService<IInstanceLock>().AcquireAsync(instance.Id, TestContext.Current.CancellationToken);
            Assert.False(waiting.IsCompleted);
            clock.Advance(new LeaseOptions().WaitTimeout);

            await using var lease = await waiting.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        }
        finally
        {
            await TestDatabases.DropAsync(options);
        }
    }
}

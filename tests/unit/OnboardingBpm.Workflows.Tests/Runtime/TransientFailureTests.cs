using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Runtime;

/// <summary>
/// A step that meets the database restarting is not the step's fault: the burst is abandoned uncommitted and the
/// timer that started it fires again, instead of the instance ending in an incident (found by the PostgreSQL
/// restart test once several bursts ran at once).
/// </summary>
public sealed class TransientFailureTests
{
    [Fact]
    public async Task a_transient_database_failure_abandons_the_burst_and_the_timer_fires_it_again()
    {
        var database = new FlakyDatabase { FailuresLeft = 1, Transient = true };
        await using var engine = Engine(database);
        var instance = await StartWaitingAsync(engine);

        await Assert.ThrowsAnyAsync<Exception>(() => engine.AdvanceAsync(TimeSpan.FromHours(1)));
        var after = await engine.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Suspended, after.Status);
        Assert.Equal(instance.Revision, after.Revision);
        Assert.Empty(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: false));

        // The timer's claim runs out and the next pass fires it again, now with the database back.
        Assert.Equal(1, await engine.AdvanceAsync(TimeSpan.FromMinutes(1)));
        Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(instance.Id)).Status);
        Assert.Equal(2, database.Calls);
        Assert.Empty(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: false));
    }

    [Fact]
    public async Task a_database_failure_the_provider_does_not_call_transient_is_the_steps_fault()
    {
        var database = new FlakyDatabase { FailuresLeft = 1, Transient = false };
        await using var engine = Engine(database);
        var instance = await StartWaitingAsync(engine);

        await engine.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Equal(WorkflowStatus.Faulted, (await engine.InstanceAsync(instance.Id)).Status);
        Assert.Single(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));
        Assert.Equal(1, database.Calls);
    }

    [Fact]
    public void the_provider_exception_is_found_however_deep_it_is_wrapped()
    {
        var wrapped = new InvalidOperationException("likely a transient failure", new AggregateException(new SimulatedDbException(transient: true)));
        Assert.True(TransientFailures.IsTransient(wrapped));
        Assert.False(TransientFailures.IsTransient(new InvalidOperationException("x", new SimulatedDbException(transient: false))));
        Assert.False(TransientFailures.IsTransient(new TimeoutException()));
    }

    private static EngineHarness Engine(FlakyDatabase database) => new(
        configure: services => services.AddSingleton(database),
        activities: activities => activities.Register<WriteToDatabase>());

    private static async Task<WorkflowInstance> StartWaitingAsync(EngineHarness engine)
    {
        await engine.PublishAsync(Flow("writes-later",
            [Activity("start", "Start"), Activity("wait", "Delay", new() { ["duration"] = "PT1H" }), Activity("write", "WriteToDatabase")],
            [Connect("start", "wait"), Connect("wait", "write")]));
        return await engine.StartAsync("writes-later");
    }
}

/// <summary>A database that fails the first calls, as PostgreSQL does while it restarts.</summary>
internal sealed class FlakyDatabase
{
    private int calls;

    public int FailuresLeft { get; set; }

    public bool Transient { get; init; }

    public int Calls => calls;

    public void Write()
    {
        Interlocked.Increment(ref calls);
        if (FailuresLeft-- > 0)
        {
            throw new SimulatedDbException(Transient);
        }
    }
}

internal sealed class SimulatedDbException(bool transient) : DbException("the database system is shutting down")
{
    public override bool IsTransient => transient;
}

/// <summary>A domain step that writes through the application's own database (as OpenOnboardingCase does).</summary>
[Activity("WriteToDatabase", "Test", "Write to the database")]
internal sealed class WriteToDatabase : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Services.GetRequiredService<FlakyDatabase>().Write();
        context.Complete();
        return ValueTask.CompletedTask;
    }
}

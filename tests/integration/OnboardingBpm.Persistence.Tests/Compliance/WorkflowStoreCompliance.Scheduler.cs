using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Persistence.Tests.Support;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Tests.Compliance;

public abstract partial class WorkflowStoreCompliance
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task a_scheduler_pass_slower_than_its_claim_leaves_the_rest_of_its_batch_to_a_fresh_claim(int parallelism)
    {
        const int Timers = 50;
        var slow = new SlowBursts(Engine.Clock);
        await using var busyNode = await DurableEngine.StartAsync(database, Engine.Clock, configure: services => services
            .AddSingleton<ICommitObserver>(slow)
            .AddSingleton(new EngineOptions { SchedulerParallelism = parallelism }));
        await busyNode.Definitions.PublishAsync(Flows.Escalation, "test");
        for (var i = 0; i < Timers; i++)
        {
            await busyNode.StartAsync("escalation");
        }

        Engine.Clock.Advance(TimeSpan.FromHours(73));
        var passStart = Engine.Clock.GetUtcNow();
        slow.Scheduler = busyNode.Scheduler;

        // Each burst takes a second against a 20-second claim: after 20 the rest of the batch may be another
        // node's already, so the pass starts no more of them instead of racing that node for them. The bursts
        // started before the 20th second ended (at most parallelism - 1 more) are finished.
        var fired = await busyNode.Scheduler.RunDueAsync();
        Assert.InRange(fired, 20, 20 + parallelism - 1);
        Assert.True(slow.ProgressSeen >= passStart + TimeSpan.FromSeconds(20 - parallelism), $"the scheduler showed no progress during its pass (last seen {slow.ProgressSeen:O})");

        Engine.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(Timers - fired, await Engine.Scheduler.RunDueAsync());
        var instances = await Engine.Stores.Instances.ListAsync(new InstanceFilter { DefinitionId = "escalation", Status = WorkflowStatus.Finished, Take = Timers });
        Assert.Equal(Timers, instances.Total);
    }

    /// <summary>
    /// Makes every resumed burst take a second of the fake clock, and notes the latest progress the scheduler showed
    /// (bursts running side by side commit from several threads).
    /// </summary>
    private sealed class SlowBursts(FakeTimeProvider clock) : ICommitObserver
    {
        private readonly Lock gate = new();
        private DateTimeOffset? progressSeen;

        public WorkflowScheduler? Scheduler { get; set; }

        public DateTimeOffset? ProgressSeen
        {
            get
            {
                lock (gate)
                {
                    return progressSeen;
                }
            }
        }

        public Task OnCommittedAsync(WorkflowCommit commit, CancellationToken cancellationToken)
        {
            if (Scheduler is { } scheduler)
            {
                lock (gate)
                {
                    if (scheduler.LastRunAt is { } seen && (progressSeen is null || seen > progressSeen))
                    {
                        progressSeen = seen;
                    }
                }

                clock.Advance(TimeSpan.FromSeconds(1));
            }

            return Task.CompletedTask;
        }
    }
}

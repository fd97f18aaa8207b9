using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Persistence.Tests.Support;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Tests.Compliance;

public abstract partial class WorkflowStoreCompliance
{
    [Fact]
    public async Task a_scheduler_pass_slower_than_its_claim_leaves_the_rest_of_its_batch_to_a_fresh_claim()
    {
        const int Timers = 50;
        var slow = new SlowBursts(Engine.Clock);
        await using var busyNode = await DurableEngine.StartAsync(database, Engine.Clock, configure: services => services.AddSingleton<ICommitObserver>(slow));
        await busyNode.Definitions.PublishAsync(Flows.Escalation, "test");
        for (var i = 0; i < Timers; i++)
        {
            await busyNode.StartAsync("escalation");
        }

        Engine.Clock.Advance(TimeSpan.FromHours(73));
        var passStart = Engine.Clock.GetUtcNow();
        slow.Scheduler = busyNode.Scheduler;

        // Each burst takes a second against a 20-second claim: after 20 the rest of the batch may be another
        // node's already, so the pass leaves them instead of racing that node for them.
        Assert.Equal(20, await busyNode.Scheduler.RunDueAsync());
        Assert.True(slow.ProgressSeen >= passStart + TimeSpan.FromSeconds(19), $"the scheduler showed no progress during its pass (last seen {slow.ProgressSeen:O})");

        Engine.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(Timers - 20, await Engine.Scheduler.RunDueAsync());
        var instances = await Engine.Stores.Instances.ListAsync(new InstanceFilter { DefinitionId = "escalation", Status = WorkflowStatus.Finished, Take = Timers });
        Assert.Equal(Timers, instances.Total);
    }

    /// <summary>Makes every resumed burst take a second of the fake clock, and notes what the scheduler says of its progress.</summary>
    private sealed class SlowBursts(FakeTimeProvider clock) : ICommitObserver
    {
        public WorkflowScheduler? Scheduler { get; set; }

        public DateTimeOffset? ProgressSeen { get; private set; }

        public Task OnCommittedAsync(WorkflowCommit commit, CancellationToken cancellationToken)
        {
            if (Scheduler is { } scheduler)
            {
                ProgressSeen = scheduler.LastRunAt;
                clock.Advance(TimeSpan.FromSeconds(1));
            }

            return Task.CompletedTask;
        }
    }
}

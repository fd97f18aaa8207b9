using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;
using OnboardingBpm.Workflows.Versions;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Runtime;

/// <summary>
/// A node that drains finishes the burst it is in, claims nothing more, and hands back what it claimed but did not
/// run, so another node takes it at once (on the in-memory store; the durable stores run the compliance suite).
/// </summary>
public sealed class DrainTests : IAsyncDisposable
{
    private const int Instances = 5;
    private readonly ServiceProvider provider;
    private readonly FakeTimeProvider clock = new();

    public DrainTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);

        // One burst at a time, so the burst whose commit drains the node is the only one that fires.
        // (Scheduling/SchedulerParallelismTests drains a node with several bursts in flight.)
        services.AddSingleton(new EngineOptions { SchedulerParallelism = 1 });
        services.AddSingleton<ICommitObserver, DrainAfterFirstResume>();
        services.AddWorkflowEngine();
        provider = services.BuildServiceProvider();
    }

    private WorkflowNode Node => provider.GetRequiredService<WorkflowNode>();
    private WorkflowStores Stores => provider.GetRequiredService<WorkflowStores>();

    [Fact(Timeout = 60_000)]
    public async Task a_node_draining_mid_batch_finishes_its_burst_and_hands_back_the_rest_of_the_batch()
    {
        var instanceIds = await StartWaitingAsync();
        clock.Advance(TimeSpan.FromHours(2));
        var now = clock.GetUtcNow();

        // The observer drains the node when the first timer's burst commits, as SIGTERM would arrive mid-batch.
        var fired = await provider.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, fired);
        Assert.True(Node.IsDraining);
        Assert.Empty(await Stores.Bookmarks.ClaimDueAsync(now, 10, "other-node", now + TimeSpan.FromHours(1), TestContext.Current.CancellationToken));

        var released = await provider.GetRequiredService<WorkflowScheduler>().HandBackAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new ReleasedClaims(Timers: Instances - 1, OutboxMessages: 0, InstanceLeases: 0), released);
        var takenOver = await Stores.Bookmarks.ClaimDueAsync(now, 10, "other-node", now + TimeSpan.FromHours(1), TestContext.Current.CancellationToken);
        Assert.Equal(Instances - 1, takenOver.Count);
        var statuses = new List<WorkflowStatus>();
        foreach (var id in instanceIds)
        {
            statuses.Add((await Stores.Instances.FindAsync(id, TestContext.Current.CancellationToken))!.Status);
        }

        Assert.Equal(1, statuses.Count(s => s == WorkflowStatus.Finished));
        Assert.Equal(Instances - 1, statuses.Count(s => s == WorkflowStatus.Suspended));
    }

    [Fact(Timeout = 60_000)]
    public async Task a_drained_node_claims_no_timers_and_its_loop_ends()
    {
        await StartWaitingAsync();
        clock.Advance(TimeSpan.FromHours(2));
        Node.BeginDrain();

        var fired = await provider.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);
        await provider.GetRequiredService<WorkflowScheduler>().RunAsync(TimeSpan.FromHours(1), TestContext.Current.CancellationToken);

        Assert.Equal(0, fired);
        var now = clock.GetUtcNow();
        Assert.Equal(Instances, (await Stores.Bookmarks.ClaimDueAsync(now, 10, "other-node", now + TimeSpan.FromHours(1), TestContext.Current.CancellationToken)).Count);
    }

    [Fact(Timeout = 60_000)]
    public async Task an_outbox_lease_of_the_node_is_handed_back_and_one_of_another_node_is_not()
    {
        var instanceId = (await StartWaitingAsync())[0];
        var instance = (await Stores.Instances.FindAsync(instanceId, TestContext.Current.CancellationToken))!;
        var commit = new WorkflowCommit { Instance = instance, ExpectedRevision = instance.Revision };
        instance.Revision++;
        var now = clock.GetUtcNow();
        foreach (var id in new[] { "mine", "theirs" })
        {
            commit.Outbox.Add(new OutboxMessage { Id = id, Type = "Test", InstanceId = instanceId, Payload = [], CreatedAt = now });
        }

        await Stores.Committer.CommitAsync(commit, TestContext.Current.CancellationToken);
        Assert.True(await Stores.Outbox.TryClaimAsync("mine", Node.Id, now, now + TimeSpan.FromHours(1), TestContext.Current.CancellationToken));
        Assert.True(await Stores.Outbox.TryClaimAsync("theirs", "other-node", now, now + TimeSpan.FromHours(1), TestContext.Current.CancellationToken));

        var released = await provider.GetRequiredService<WorkflowScheduler>().HandBackAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, released.OutboxMessages);
        Assert.Equal(["mine"], (await Stores.Outbox.ListPendingAsync(now, 10, TestContext.Current.CancellationToken)).Select(m => m.Id));
    }

    private async Task<List<string>> StartWaitingAsync()
    {
        var definitions = provider.GetRequiredService<DefinitionService>();
        await definitions.PublishAsync(Flow("wait-an-hour",
            [Activity("start", "Start"), Activity("wait", "Delay", new() { ["duration"] = "PT1H" }), Activity("end", "Finish")],
            [Connect("start", "wait"), Connect("wait", "end")]), "test", TestContext.Current.CancellationToken);
        var ids = new List<string>();
        for (var i = 0; i < Instances; i++)
        {
            var run = await provider.GetRequiredService<WorkflowRuntime>().StartAsync(new StartWorkflowRequest("wait-an-hour"), TestContext.Current.CancellationToken);
            ids.Add(run.Instance.Id);
        }

        return ids;
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();

    /// <summary>Drains the node when a burst that resumed a timer commits.</summary>
    private sealed class DrainAfterFirstResume(WorkflowNode node) : ICommitObserver
    {
        public Task OnCommittedAsync(WorkflowCommit commit, CancellationToken cancellationToken)
        {
            if (commit.RemovedBookmarks.Count > 0)
            {
                node.BeginDrain();
            }

            return Task.CompletedTask;
        }
    }
}

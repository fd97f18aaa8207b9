using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Persistence.Stores;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>A node shutting down hands back its claims at once; the other nodes' claims stay where they are.</summary>
public abstract partial class WorkflowStoreCompliance
{
    private static readonly TimeSpan LongClaim = TimeSpan.FromHours(1);

    [Fact]
    public async Task a_node_hands_back_its_timer_claims_outbox_leases_and_instance_leases_and_nothing_of_other_nodes()
    {
        await Engine.Definitions.PublishAsync(Flows.Escalation, "test");
        var instances = new List<WorkflowInstance>();
        for (var i = 0; i < 3; i++)
        {
            instances.Add(await Engine.StartAsync("escalation"));
        }

        Engine.Clock.Advance(TimeSpan.FromHours(73));
        var now = Engine.Clock.GetUtcNow();
        var claimedByA = await Engine.Stores.Bookmarks.ClaimDueAsync(now, 2, "node-a", now + LongClaim);
        var claimedByB = await Engine.Stores.Bookmarks.ClaimDueAsync(now, 10, "node-b", now + LongClaim);
        await AddOutboxMessagesAsync(instances[0], "m-a", "m-b", "m-done");
        Assert.True(await Engine.Stores.Outbox.TryClaimAsync("m-a", "node-a", now, now + LongClaim));
        Assert.True(await Engine.Stores.Outbox.TryClaimAsync("m-b", "node-b", now, now + LongClaim));
        Assert.True(await Engine.Stores.Outbox.TryClaimAsync("m-done", "node-a", now, now + LongClaim));
        await Engine.Stores.Outbox.MarkDispatchedAsync("m-done");
        await SetLeaseAsync(instances[0].Id, "node-a", now + LongClaim);
        await SetLeaseAsync(instances[1].Id, "node-b", now + LongClaim);

        var released = await Engine.Stores.Claims.ReleaseAllAsync("node-a");

        Assert.Equal(new ReleasedClaims(Timers: 2, OutboxMessages: 1, InstanceLeases: 1), released);
        Assert.Single(claimedByB);
        var claimedByC = await Engine.Stores.Bookmarks.ClaimDueAsync(now, 10, "node-c", now + LongClaim);
        Assert.Equal(claimedByA.Select(b => b.Id).Order(), claimedByC.Select(b => b.Id).Order());
        Assert.Equal(["m-a"], (await Engine.Stores.Outbox.ListPendingAsync(now, 10)).Select(m => m.Id));
        Assert.True(await Engine.Stores.Outbox.TryClaimAsync("m-a", "node-c", now, now + LongClaim));
        Assert.False(await Engine.Stores.Outbox.TryClaimAsync("m-b", "node-c", now, now + LongClaim));
        Assert.Equal([null, "node-b", null], await LeaseOwnersAsync(instances.Select(i => i.Id)));
    }

    [Fact]
    public async Task a_node_with_nothing_claimed_hands_back_nothing()
    {
        await Engine.Definitions.PublishAsync(Flows.Escalation, "test");
        await Engine.StartAsync("escalation");
        Engine.Clock.Advance(TimeSpan.FromHours(73));
        var now = Engine.Clock.GetUtcNow();
        await Engine.Stores.Bookmarks.ClaimDueAsync(now, 10, "node-b", now + LongClaim);

        var released = await Engine.Stores.Claims.ReleaseAllAsync("node-a");

        Assert.Equal(0, released.Total);
        Assert.Empty(await Engine.Stores.Bookmarks.ClaimDueAsync(now, 10, "node-c", now + LongClaim));
    }

    private async Task AddOutboxMessagesAsync(WorkflowInstance started, params string[] ids)
    {
        var instance = await Engine.InstanceAsync(started.Id);
        var commit = new WorkflowCommit { Instance = instance, ExpectedRevision = instance.Revision };
        instance.Revision++;
        foreach (var id in ids)
        {
            commit.Outbox.Add(new OutboxMessage { Id = id, Type = "Test", InstanceId = instance.Id, Payload = [], CreatedAt = Engine.Clock.GetUtcNow() });
        }

        await Engine.Stores.Committer.CommitAsync(commit);
    }

    private async Task<List<string?>> LeaseOwnersAsync(IEnumerable<string> instanceIds)
    {
        await using var db = Engine.Services.GetRequiredService<WorkflowContexts>().Create();
        var owners = await db.Instances.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.LeaseOwner);
        return instanceIds.Select(id => owners[id]).ToList();
    }
}

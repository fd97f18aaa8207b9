using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Persistence.Locking;
using OnboardingBpm.Persistence.Stores;
using OnboardingBpm.Persistence.Tests.Support;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>A resume that meets an instance held by another server is kept, not dropped.</summary>
public abstract partial class WorkflowStoreCompliance
{
    [Fact]
    public async Task a_resume_for_an_instance_busy_on_another_server_is_queued_and_applied_once_it_is_free()
    {
        await Engine.Definitions.PublishAsync(Flows.Counter, "test");
        var instance = await Engine.StartAsync("counter");
        var clock = Engine.Clock;
        await Engine.DisposeAsync();
        Engine = await DurableEngine.StartAsync(database, clock, new LeaseOptions { WaitTimeout = TimeSpan.Zero });
        await SetLeaseAsync(instance.Id, "another-server", clock.GetUtcNow() + TimeSpan.FromHours(1));

        var result = await Engine.Runtime.ResumeBookmarkAsync(instance.Bookmarks[0].Id, null);
        await Engine.Scheduler.RunDueAsync();

        Assert.Equal(ResumeStatus.Queued, result.Status);
        Assert.Single(await Engine.Stores.Inbox.ListAsync(10));
        Assert.Equal(0, (await Engine.InstanceAsync(instance.Id)).Variables["n"]!.GetValue<double>());

        await SetLeaseAsync(instance.Id, null, null);
        await Engine.Scheduler.RunDueAsync();

        var resumed = await Engine.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Equal(1, resumed.Variables["n"]!.GetValue<double>());
        Assert.Empty(await Engine.Stores.Inbox.ListAsync(10));
    }

    private async Task SetLeaseAsync(string instanceId, string? owner, DateTimeOffset? until)
    {
        await using var db = Engine.Services.GetRequiredService<WorkflowContexts>().Create();
        await db.Instances.Where(i => i.Id == instanceId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseOwner, owner).SetProperty(i => i.LeaseUntil, until));
    }
}

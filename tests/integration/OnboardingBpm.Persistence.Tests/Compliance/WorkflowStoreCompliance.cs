using OnboardingBpm.Persistence.Tests.Support;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>
/// What every durable store must do, written once and run on each provider (see the subclasses). Each test
/// gets a fresh, migrated database.
/// </summary>
public abstract partial class WorkflowStoreCompliance : IAsyncLifetime
{
    private PersistenceOptions database = null!;

    protected DurableEngine Engine { get; private set; } = null!;

    protected abstract Task<PersistenceOptions> CreateDatabaseAsync();

    public async ValueTask InitializeAsync()
    {
        database = await CreateDatabaseAsync();
        Engine = await DurableEngine.StartAsync(database);
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        await TestDatabases.DropAsync(database);
    }

    [Fact]
    public async Task a_user_task_flow_runs_end_to_end_and_its_task_is_completed()
    {
        await Engine.Definitions.PublishAsync(Flows.Approval, "test");
        var instance = await Engine.StartAsync("approval");
        var inbox = await Engine.Stores.Tasks.ListAsync(new TaskFilter { Segments = ["smb"] });
        var otherSegment = await Engine.Stores.Tasks.ListAsync(new TaskFilter { Segments = ["enterprise"] });

        var task = Assert.Single(inbox.Items);
        Assert.Empty(otherSegment.Items);
        await Engine.Tasks.ClaimAsync(task.Id, "alice");
        var run = await Engine.Tasks.CompleteAsync(task.Id, "alice", "Approve", null);

        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
        var stored = await Engine.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, stored.Status);
        Assert.Equal("Approve", stored.Variables["result"]!.GetValue<string>());
        Assert.Equal(HumanTaskStatus.Completed, (await Engine.Stores.Tasks.FindAsync(task.Id))!.Status);
        Assert.Empty(stored.Bookmarks);
    }

    [Fact]
    public async Task a_commit_with_a_stale_revision_is_refused_and_changes_nothing()
    {
        await Engine.Definitions.PublishAsync(Flows.Counter, "test");
        var instance = await Engine.StartAsync("counter");
        var stale = await Engine.InstanceAsync(instance.Id);
        stale.Status = WorkflowStatus.Cancelled;
        var commit = new WorkflowCommit { Instance = stale, ExpectedRevision = stale.Revision - 1 };

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Engine.Stores.Committer.CommitAsync(commit));

        Assert.Equal(WorkflowStatus.Suspended, (await Engine.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task committing_a_new_instance_with_an_existing_id_is_a_conflict()
    {
        await Engine.Definitions.PublishAsync(Flows.Counter, "test");
        var instance = await Engine.StartAsync("counter");
        var copy = await Engine.InstanceAsync(instance.Id);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Engine.Stores.Committer.CommitAsync(new WorkflowCommit { Instance = copy, ExpectedRevision = null }));
    }

    [Fact]
    public async Task a_hundred_concurrent_resumes_of_one_bookmark_continue_exactly_once()
    {
        await Engine.Definitions.PublishAsync(Flows.Counter, "test");
        var instance = await Engine.StartAsync("counter");
        var bookmark = Assert.Single(instance.Bookmarks);

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => Engine.Runtime.ResumeBookmarkAsync(bookmark.Id, null))));

        Assert.Equal(1, results.Count(r => r.Status == ResumeStatus.Resumed));
        var stored = await Engine.InstanceAsync(instance.Id);
        Assert.Equal(1, stored.Variables["n"]!.GetValue<double>());
        Assert.Equal(WorkflowStatus.Finished, stored.Status);
    }

    [Fact]
    public async Task due_timers_are_listed_in_due_order_and_bookmarks_are_found_by_hash()
    {
        await Engine.Definitions.PublishAsync(Flows.Escalation, "test");
        await Engine.Definitions.PublishAsync(Flows.Counter, "test");
        var first = await Engine.StartAsync("escalation");
        Engine.Clock.Advance(TimeSpan.FromHours(1));
        var second = await Engine.StartAsync("escalation");
        var waiting = await Engine.StartAsync("counter");

        Assert.Empty(await Engine.Stores.Bookmarks.ListDueAsync(Engine.Clock.GetUtcNow(), 10));
        var due = await Engine.Stores.Bookmarks.ListDueAsync(Engine.Clock.GetUtcNow() + TimeSpan.FromHours(80), 10);
        Assert.Equal([first.Id, second.Id], due.Select(b => b.InstanceId));
        var byHash = await Engine.Stores.Bookmarks.FindByHashAsync(waiting.Bookmarks[0].Hash);
        Assert.Equal(waiting.Id, Assert.Single(byHash).InstanceId);
    }

    [Fact]
    public async Task an_outbox_message_is_claimed_by_one_dispatcher_only()
    {
        var now = Engine.Clock.GetUtcNow();
        await Engine.Definitions.PublishAsync(Flows.Counter, "test");
        var instance = await Engine.StartAsync("counter");
        var commit = new WorkflowCommit { Instance = await Engine.InstanceAsync(instance.Id), ExpectedRevision = instance.Revision };
        commit.Instance.Revision++;
        commit.Outbox.Add(new OutboxMessage { Id = "m-1", Type = "Test", InstanceId = instance.Id, Payload = [], CreatedAt = now });
        await Engine.Stores.Committer.CommitAsync(commit);

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Engine.Stores.Outbox.TryClaimAsync("m-1", "node-a", now, now.AddMinutes(1))));

        Assert.Equal(1, claims.Count(c => c));
        Assert.Empty(await Engine.Stores.Outbox.ListPendingAsync(now, 10));
        Assert.Single(await Engine.Stores.Outbox.ListPendingAsync(now.AddMinutes(2), 10));
    }

    [Fact]
    public async Task a_task_changed_meanwhile_refuses_a_stale_update()
    {
        await Engine.Definitions.PublishAsync(Flows.Approval, "test");
        var instance = await Engine.StartAsync("approval");
        var task = Assert.Single((await Engine.Stores.Tasks.ListAsync(new TaskFilter { InstanceId = instance.Id })).Items);

        await Engine.Stores.Tasks.UpdateAsync(task with { Assignee = "alice", Status = HumanTaskStatus.Claimed, Revision = task.Revision + 1 }, task.Revision);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Engine.Stores.Tasks.UpdateAsync(task with { Assignee = "bob", Revision = task.Revision + 1 }, task.Revision));
        Assert.Equal("alice", (await Engine.Stores.Tasks.FindAsync(task.Id))!.Assignee);
    }

    [Fact]
    public async Task versions_are_kept_and_retracting_the_newest_moves_its_triggers_back()
    {
        await Engine.Definitions.PublishAsync(Flows.Http("/v1"), "test");
        await Engine.Definitions.PublishAsync(Flows.Http("/v2"), "test");
        var unchanged = await Engine.Definitions.PublishAsync(Flows.Http("/v2"), "test");

        Assert.Equal(PublishOutcome.Unchanged, unchanged.Outcome);
        Assert.Equal([1, 2], (await Engine.Stores.Definitions.ListVersionsAsync("http-flow")).Select(v => v.Version));
        Assert.Null(await Engine.Runtime.HandleHttpAsync(new HttpWorkflowRequest("POST", "/v1")));
        Assert.NotNull(await Engine.Runtime.HandleHttpAsync(new HttpWorkflowRequest("POST", "/v2")));

        await Engine.Definitions.RetractAsync("http-flow", 2);

        Assert.Equal(1, (await Engine.Stores.Definitions.FindLatestPublishedAsync("http-flow"))!.Version);
        Assert.Null(await Engine.Runtime.HandleHttpAsync(new HttpWorkflowRequest("POST", "/v2")));
        Assert.NotNull(await Engine.Runtime.HandleHttpAsync(new HttpWorkflowRequest("POST", "/v1")));
    }

    [Fact]
    public async Task a_cron_trigger_starts_one_instance_per_due_occurrence_however_many_schedulers_look()
    {
        await Engine.Definitions.PublishAsync(Flows.Hourly, "test");
        Engine.Clock.Advance(TimeSpan.FromHours(1));

        var fired = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => Engine.Scheduler.RunDueAsync())));

        Assert.Equal(1, fired.Sum());
        Assert.Equal(1, (await Engine.Stores.Instances.ListAsync(new InstanceFilter { DefinitionId = "hourly" })).Total);
    }

    [Fact]
    public async Task a_72_hour_delay_survives_a_restart_and_fires_once_when_the_clock_passes_it()
    {
        await Engine.Definitions.PublishAsync(Flows.Escalation, "test");
        var instance = await Engine.StartAsync("escalation");
        var clock = Engine.Clock;
        await Engine.DisposeAsync();

        Engine = await DurableEngine.StartAsync(database, clock);
        clock.Advance(TimeSpan.FromHours(71));
        Assert.Equal(0, await Engine.Scheduler.RunDueAsync());
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await Engine.Scheduler.RunDueAsync());
        Assert.Equal(0, await Engine.Scheduler.RunDueAsync());

        var stored = await Engine.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, stored.Status);
        Assert.True(stored.Variables["escalated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task the_journal_pages_in_order_and_instances_filter_by_status()
    {
        await Engine.Definitions.PublishAsync(Flows.Counter, "test");
        var instance = await Engine.StartAsync("counter");
        await Engine.Runtime.PublishEventAsync("go", null, null);

        var journal = await Engine.Stores.Journal.ListAsync(instance.Id, 0, 100);
        var page = await Engine.Stores.Journal.ListAsync(instance.Id, 1, 1);
        var finished = await Engine.Stores.Instances.ListAsync(new InstanceFilter { Status = WorkflowStatus.Finished });

        Assert.Equal(journal.Items.Select(e => e.Sequence).Order(), journal.Items.Select(e => e.Sequence));
        Assert.Equal(["start", "wait", "wait", "count"], journal.Items.Select(e => e.ActivityId));
        Assert.Equal(journal.Items[1].Sequence, Assert.Single(page.Items).Sequence);
        Assert.Equal(instance.Id, Assert.Single(finished.Items).Id);
    }
}

public abstract partial class WorkflowStoreCompliance
{
    [Fact]
    public async Task purging_the_journal_removes_only_entries_older_than_the_cutoff()
    {
        await Engine.Definitions.PublishAsync(Flows.Counter, "test");
        var old = await Engine.StartAsync("counter");
        Engine.Clock.Advance(TimeSpan.FromDays(10));
        var recent = await Engine.StartAsync("counter");

        var purged = await Engine.Stores.Journal.PurgeAsync(Engine.Clock.GetUtcNow() - TimeSpan.FromDays(5));

        Assert.True(purged > 0);
        Assert.Equal(0, (await Engine.Stores.Journal.ListAsync(old.Id, 0, 100)).Total);
        Assert.NotEqual(0, (await Engine.Stores.Journal.ListAsync(recent.Id, 0, 100)).Total);
    }
}

public sealed class SqliteStoreTests : WorkflowStoreCompliance
{
    protected override Task<PersistenceOptions> CreateDatabaseAsync() => Task.FromResult(TestDatabases.NewSqlite());
}

public sealed class PostgresStoreTests : WorkflowStoreCompliance
{
    protected override Task<PersistenceOptions> CreateDatabaseAsync() => TestDatabases.NewPostgresAsync();
}

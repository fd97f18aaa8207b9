using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Runtime;

public sealed class ConcurrencyTests
{
    [Fact(Timeout = 60_000)]
    public async Task a_hundred_parallel_resumes_of_one_bookmark_resume_it_exactly_once()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Counter());
        var instance = await engine.StartAsync("counter");
        var bookmark = Assert.Single(instance.Bookmarks);

        var results = await Task.WhenAll(Enumerable.Range(0, 100)
            .Select(_ => Task.Run(() => engine.Runtime.ResumeBookmarkAsync(bookmark.Id, null))));

        Assert.Single(results, r => r.Status == ResumeStatus.Resumed);
        Assert.Equal(99, results.Count(r => r.Status == ResumeStatus.NotFound));
        var after = await engine.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, after.Status);
        Assert.Equal(1, after.Variables["n"]!.GetValue<double>());
        Assert.Single(await engine.CompletedActivitiesAsync(instance.Id), id => id == "count");
    }

    [Fact(Timeout = 60_000)]
    public async Task parallel_events_for_many_instances_resume_each_instance_once()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Counter());
        var instances = new List<WorkflowInstance>();
        for (var i = 0; i < 20; i++)
        {
            instances.Add(await engine.StartAsync("counter"));
        }

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => engine.Runtime.PublishEventAsync("go", null, null))));

        foreach (var instance in instances)
        {
            var after = await engine.InstanceAsync(instance.Id);
            Assert.Equal(WorkflowStatus.Finished, after.Status);
            Assert.Equal(1, after.Variables["n"]!.GetValue<double>());
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task parallel_claims_of_one_task_leave_exactly_one_winner()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("claim", [Activity("start", "Start"), Activity("task", "UserTask", new() { ["title"] = "Take me" })], [Connect("start", "task")]));
        var instance = await engine.StartAsync("claim");
        var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                return (await engine.Tasks.ClaimAsync(task.Id, $"user{i}")).Assignee;
            }
            catch (WorkflowConflictException)
            {
                return null;
            }
        })));

        var winner = Assert.Single(attempts, a => a is not null);
        Assert.Equal(winner, (await engine.Stores.Tasks.FindAsync(task.Id))!.Assignee);
    }

    private static string Counter() => Flow("counter",
        [Activity("start", "Start"), Activity("event", "Event", new() { ["eventName"] = "go" }), Activity("count", "Script", new() { ["code"] = "variables.n = variables.n + 1" })],
        [Connect("start", "event"), Connect("event", "count")],
        [Variable("n", "Number", 0)]);
}

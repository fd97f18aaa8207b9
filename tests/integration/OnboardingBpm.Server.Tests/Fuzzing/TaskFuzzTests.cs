using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// The task actions on a real first-contact task (from a submitted onboarding request) under hostile bodies:
/// complete, reassign and claim answer as documented or with problem+json, a refused action leaves the task, its
/// instance and the audit log as they were, and a task completed once cannot be completed again. Run on each
/// database (the subclasses at the end).
/// </summary>
public abstract class TaskFuzzTests(ScheduledByTestServerFactory factory, int defaultCases)
{
    private const string Endpoint = "tasks";
    private const int HugeEvery = 100;

    private HumanTask? task;

    [Fact]
    public async Task every_hostile_task_action_is_answered_as_documented_or_with_a_problem_and_a_refusal_changes_nothing()
    {
        var settings = FuzzSettings.FromEnvironment(defaultCases, factory.Provider);
        settings.Announce(Endpoint);
        using var agent = factory.CreateClientAs(DemoUsers.EnterpriseAgent);
        using var supervisor = factory.CreateClientAs(DemoUsers.Supervisor);

        await FuzzFindings.RunAllAsync(settings.Cases, index => RunCaseAsync(agent, supervisor, settings, index));
    }

    private async Task RunCaseAsync(HttpClient agent, HttpClient supervisor, FuzzSettings settings, int i)
    {
        var random = settings.RandomFor(Endpoint, i);
        if (task is not null && (await factory.Services.GetRequiredService<WorkflowStores>().Tasks.FindAsync(task.Id, TestContext.Current.CancellationToken))?.IsActive != true)
        {
            task = null;
        }

        task ??= await OpenTaskAsync(i);
        var action = random.Next(10) switch
        {
            < 7 => "complete",
            < 9 => "reassign",
            _ => "claim",
        };
        var valid = action == "reassign" ? TaskMutations.ValidReassign(DemoUsers.EnterpriseAgent) : TaskMutations.ValidCompletion();
        var fuzz = i % HugeEvery == HugeEvery / 2 ? JsonMutator.Huge(random, valid)
            : (action == "complete" ? TaskMutations.MutateCompletion(random) : null) ?? JsonMutator.Mutate(random, valid);
        var path = $"/api/tasks/{task.Id}/{action}";
        var replay = settings.Replay(Endpoint, i, $"POST .../{action}: {fuzz.Description}");
        var before = await TaskState.ReadAsync(factory, task);

        var answer = await FuzzClient.SendAsync(action == "reassign" ? supervisor : agent, HttpMethod.Post, path, fuzz, replay);

        var after = await TaskState.ReadAsync(factory, task);
        if (fuzz.Kind == FuzzKind.Valid && action != "claim")
        {
            Assert.True(answer.Status == HttpStatusCode.OK, $"The valid {action} was not answered 200: {answer}\n{replay}");
        }
        else if (fuzz.Kind == FuzzKind.MustRefuse && action != "claim")
        {
            Assert.True(answer.IsRefusal, $"A malformed body was not refused: {answer}\n{replay}");
        }

        if (answer.IsRefusal)
        {
            Assert.True(before == after, $"A refused {action} changed the task: {before} -> {after}\n{replay}");
            return;
        }

        Assert.True(answer.Status == HttpStatusCode.OK, $"Not the documented 200: {answer}\n{replay}");
        if (action == "reassign")
        {
            Assert.True(after.Assignee == DemoUsers.EnterpriseAgent, $"A 200 reassign handed the task to '{after.Assignee}'\n{replay}");
        }

        if (action == "complete")
        {
            Assert.True(after.Status == HumanTaskStatus.Completed, $"A 200 completion left the task {after.Status}\n{replay}");
            var again = await FuzzClient.SendAsync(agent, HttpMethod.Post, path, fuzz, replay + " (sent a second time)");
            Assert.True(again.Status == HttpStatusCode.Conflict, $"Completing twice was not a conflict: {again}\n{replay}");
            Assert.True(await TaskState.ReadAsync(factory, task) == after, $"Completing twice changed the task\n{replay}");
            task = null;
        }
    }

    /// <summary>An enterprise onboarding request, run to its first-contact task.</summary>
    private async Task<HumanTask> OpenTaskAsync(int index)
    {
        using var admin = factory.CreateClientAs(DemoUsers.Admin);
        var email = $"task-fuzz-{index}-{Guid.NewGuid():N}@fuzz.example";
        var submitted = await admin.PostAsJsonAsync("/workflows/onboarding-requests", new { submissionId = email, company = "Task Fuzz Co", contactName = "Tess Task", email, segment = "enterprise" }, TestContext.Current.CancellationToken);
        var instanceId = (await ServerFactory.ReadObjectAsync(submitted))["requestId"]!.GetValue<string>();
        await factory.RunSchedulerAsync();
        var tasks = await factory.Services.GetRequiredService<WorkflowStores>().Tasks.ListAsync(new TaskFilter { InstanceId = instanceId }, TestContext.Current.CancellationToken);
        return Assert.Single(tasks.Items);
    }

    /// <summary>The task, its instance and the task's audit entries: what any task action writes.</summary>
    private sealed record TaskState(HumanTaskStatus Status, long Revision, string? Assignee, WorkflowStatus InstanceStatus, long InstanceRevision, int InstanceTasks, int AuditEntries)
    {
        public static async Task<TaskState> ReadAsync(ScheduledByTestServerFactory factory, HumanTask task)
        {
            var cancellationToken = TestContext.Current.CancellationToken;
            var stores = factory.Services.GetRequiredService<WorkflowStores>();
            var current = (await stores.Tasks.FindAsync(task.Id, cancellationToken))!;
            var instance = (await stores.Instances.FindAsync(task.InstanceId, cancellationToken))!;
            var tasks = await stores.Tasks.ListAsync(new TaskFilter { InstanceId = task.InstanceId, ActiveOnly = false, Take = 1 }, cancellationToken);
            var audit = await factory.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(SegmentScope.All) { ResourceId = task.Id, Take = 1 }, cancellationToken);
            return new TaskState(current.Status, current.Revision, current.Assignee, instance.Status, instance.Revision, tasks.Total, audit.Total);
        }
    }
}

public sealed class TaskFuzzOnSqliteTests(ScheduledByTestServerFactory factory)
    : TaskFuzzTests(factory, defaultCases: FuzzSettings.DefaultCases), IClassFixture<ScheduledByTestServerFactory>;

public sealed class TaskFuzzOnPostgresTests(PostgresScheduledByTestServerFactory factory)
    : TaskFuzzTests(factory, defaultCases: FuzzSettings.DefaultCases), IClassFixture<PostgresScheduledByTestServerFactory>;

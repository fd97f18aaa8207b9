using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Benchmarks.Flows;
using OnboardingBpm.Workflows;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores.InMemory;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Benchmarks;

/// <summary>
/// The engine wired as a host wires it, on the in-memory stores, with the benchmark flows published.
/// Each run method takes one instance from start to finish and throws if it ends anywhere else, so a
/// benchmark can never report the speed of a broken flow.
/// </summary>
public sealed class BenchmarkEngine : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly WorkflowRuntime runtime;
    private readonly HumanTaskService tasks;
    private readonly WorkflowExecutor executor;
    private WorkflowGraph? tenActivities;

    private BenchmarkEngine(ServiceProvider provider)
    {
        this.provider = provider;
        runtime = provider.GetRequiredService<WorkflowRuntime>();
        tasks = provider.GetRequiredService<HumanTaskService>();
        executor = provider.GetRequiredService<WorkflowExecutor>();
        Store = provider.GetRequiredService<InMemoryWorkflowStore>();
    }

    /// <summary>Instances each new engine runs before it is handed out (one per flow that reaches the store).</summary>
    public const int WarmUpInstances = 2;

    public InMemoryWorkflowStore Store { get; }

    /// <summary>A new engine with every flow published and run once, so parsing and compiling are done.</summary>
    public static async Task<BenchmarkEngine> CreateAsync()
    {
        var services = new ServiceCollection();
        // Logging without providers: the Log activity's line goes nowhere, as most levels do in production.
        services.AddLogging();
        services.AddWorkflowEngine();
        var engine = new BenchmarkEngine(services.BuildServiceProvider());
        var definitions = engine.provider.GetRequiredService<DefinitionService>();
        foreach (var flow in BenchmarkFlows.All)
        {
            await definitions.PublishAsync(BenchmarkFlows.Read(flow), "benchmark");
        }

        var graphs = engine.provider.GetRequiredService<WorkflowGraphCache>();
        engine.tenActivities = await graphs.GetAsync(BenchmarkFlows.TenActivities, 1);
        await engine.RunTenActivitiesAsync(0);
        await engine.RunApprovalAsync(0);
        await engine.RunTenActivitiesOnExecutorAsync(0);
        return engine;
    }

    /// <summary>
    /// Runs <paramref name="scenario"/> until the JIT has moved its hot path to optimised code; measuring
    /// earlier measures the JIT. Here that takes some 10,000 instances: Jint brings many methods, and each
    /// new engine compiles templates and service resolvers, which postpones tiering. So a new engine comes
    /// only every 5,000 instances, which still keeps the store small.
    /// </summary>
    public static async Task WarmUpJitAsync(Func<BenchmarkEngine, int, Task> scenario, int instances = 15_000)
    {
        for (var done = 0; done < instances;)
        {
            await using var engine = await CreateAsync();
            for (var i = 0; i < 5_000 && done < instances; i++, done++)
            {
                await scenario(engine, i);
            }
        }
    }

    public async Task RunTenActivitiesAsync(int i)
    {
        var run = await runtime.StartAsync(new StartWorkflowRequest(BenchmarkFlows.TenActivities) { Input = BenchmarkFlows.Input(i) });
        await ExpectAsync(run.Instance, WorkflowStatus.Finished);
    }

    /// <summary>Starts the approval flow, which waits on its user task, then completes the task as a person would.</summary>
    public async Task<WorkflowInstance> RunApprovalAsync(int i)
    {
        var started = await StartApprovalAsync(i);
        // A user task's bookmark is correlated by its task id; reading it here spares an inbox query
        // that would scan every task in the store and make the cost grow with the iteration.
        var taskId = started.Bookmarks.Single(b => b.Type == BookmarkTypes.UserTask).CorrelationKey!;
        var finished = await tasks.CompleteAsync(taskId, "alice", ApprovalShape.Outcome(i), null);
        await ExpectAsync(finished.Instance, WorkflowStatus.Finished);
        return finished.Instance;
    }

    /// <summary>Starts the approval flow up to its user task, where the instance waits.</summary>
    public async Task<WorkflowInstance> StartApprovalAsync(int i)
    {
        var started = await runtime.StartAsync(new StartWorkflowRequest(ApprovalShape.DefinitionId) { Input = ApprovalShape.Input(i) });
        await ExpectAsync(started.Instance, WorkflowStatus.Suspended);
        return started.Instance;
    }

    /// <summary>Checks, from the stored journal, that approval instance <paramref name="i"/> ended on its expected path.</summary>
    public async Task VerifyApprovalAsync(WorkflowInstance finished, int i)
    {
        var journal = await Store.ListAsync(finished.Id, 0, 100);
        ApprovalShape.Verify(finished, journal.Items, i);
    }

    /// <summary>The ten-activity flow on the interpreter alone: no lock, no store, no definition lookup.</summary>
    public async Task RunTenActivitiesOnExecutorAsync(int i)
    {
        var graph = tenActivities ?? throw new InvalidOperationException("The engine was not created with CreateAsync.");
        var now = TimeProvider.System.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = Guid.CreateVersion7(now).ToString("N"),
            DefinitionId = BenchmarkFlows.TenActivities,
            DefinitionVersion = 1,
            Input = BenchmarkFlows.Input(i),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var result = await executor.StartAsync(graph, instance, now);
        await ExpectAsync(result.Instance, WorkflowStatus.Finished, result.Commit.Journal);
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();

    private async Task ExpectAsync(WorkflowInstance instance, WorkflowStatus status, IEnumerable<JournalEntry>? journal = null)
    {
        if (instance.Status == status)
        {
            return;
        }

        journal ??= (await Store.ListAsync(instance.Id, 0, 1_000)).Items;
        var errors = string.Join("; ", journal.Where(e => e.Error is not null).Select(e => $"{e.ActivityId}: {e.Error}"));
        throw new InvalidOperationException($"Instance {instance.Id} of {instance.DefinitionId} is {instance.Status}, expected {status}. {errors}");
    }
}

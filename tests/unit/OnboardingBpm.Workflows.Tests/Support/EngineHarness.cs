using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Workflows.Tests.Support;

/// <summary>
/// The engine wired as a host would wire it, on in-memory stores and a fake clock. Tests publish JSON,
/// start instances and read state through the same services the server uses.
/// </summary>
public sealed class EngineHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    // configure adds services before the engine's own, so the engine keeps them (a test's instance lock, say).
    public EngineHarness(EngineOptions? options = null, Action<IServiceCollection>? configure = null, Action<ActivityRegistry>? activities = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        if (options is not null)
        {
            services.AddSingleton(options);
        }

        configure?.Invoke(services);
        services.AddWorkflowEngine(activities);
        provider = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new();
    public IServiceProvider Services => provider;
    public WorkflowRuntime Runtime => provider.GetRequiredService<WorkflowRuntime>();
    public WorkflowScheduler Scheduler => provider.GetRequiredService<WorkflowScheduler>();
    public DefinitionService Definitions => provider.GetRequiredService<DefinitionService>();
    public HumanTaskService Tasks => provider.GetRequiredService<HumanTaskService>();
    public WorkflowStores Stores => provider.GetRequiredService<WorkflowStores>();

    /// <summary>Reads a JSON file copied next to the test assembly (relative to the output folder).</summary>
    public static string ReadFile(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));

    public async Task<DefinitionVersion> PublishFileAsync(string relativePath) =>
        (await Definitions.PublishAsync(ReadFile(relativePath), "test")).Version;

    public async Task<DefinitionVersion> PublishAsync(string json) =>
        (await Definitions.PublishAsync(json, "test")).Version;

    public async Task<WorkflowInstance> StartAsync(string definitionId, JsonObject? input = null, string? correlationId = null) =>
        (await Runtime.StartAsync(new StartWorkflowRequest(definitionId) { Input = input, CorrelationId = correlationId })).Instance;

    public async Task<WorkflowInstance> InstanceAsync(string instanceId) =>
        await Stores.Instances.FindAsync(instanceId) ?? throw new InvalidOperationException($"No instance {instanceId}");

    /// <summary>The ids of activities that completed, in journal order.</summary>
    public async Task<IReadOnlyList<string>> CompletedActivitiesAsync(string instanceId)
    {
        var journal = await Stores.Journal.ListAsync(instanceId, 0, 10_000);
        return journal.Items.Where(e => e.EventType == JournalEventType.Completed).Select(e => e.ActivityId).ToList();
    }

    public async Task<IReadOnlyList<HumanTask>> ActiveTasksAsync(string instanceId) =>
        (await Stores.Tasks.ListAsync(new TaskFilter { InstanceId = instanceId })).Items;

    /// <summary>Moves the clock and fires whatever fell due.</summary>
    public async Task<int> AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        return await Scheduler.RunDueAsync();
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}

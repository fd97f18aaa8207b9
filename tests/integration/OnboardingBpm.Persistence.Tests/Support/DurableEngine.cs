using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Workflows;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Persistence.Tests.Support;

/// <summary>The engine on a real database, as the server wires it; a second one on the same database is a restart.</summary>
public sealed class DurableEngine : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private DurableEngine(ServiceProvider provider, FakeClock clock)
    {
        this.provider = provider;
        Clock = clock;
    }

    public FakeClock Clock { get; }
    public IServiceProvider Services => provider;
    public WorkflowRuntime Runtime => provider.GetRequiredService<WorkflowRuntime>();
    public WorkflowScheduler Scheduler => provider.GetRequiredService<WorkflowScheduler>();
    public DefinitionService Definitions => provider.GetRequiredService<DefinitionService>();
    public HumanTaskService Tasks => provider.GetRequiredService<HumanTaskService>();
    public WorkflowStores Stores => provider.GetRequiredService<WorkflowStores>();

    public static async Task<DurableEngine> StartAsync(PersistenceOptions options, FakeClock? clock = null)
    {
        clock ??= new FakeClock();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddWorkflowPersistence(options);
        services.AddWorkflowEngine();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new DurableEngine(provider, clock);
    }

    public async Task<WorkflowInstance> StartAsync(string definitionId, JsonObject? input = null) =>
        (await Runtime.StartAsync(new StartWorkflowRequest(definitionId) { Input = input })).Instance;

    public async Task<WorkflowInstance> InstanceAsync(string id) =>
        await Stores.Instances.FindAsync(id) ?? throw new InvalidOperationException($"No instance {id}");

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}

/// <summary>A clock the test moves.</summary>
public sealed class FakeClock : TimeProvider
{
    private DateTimeOffset now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}

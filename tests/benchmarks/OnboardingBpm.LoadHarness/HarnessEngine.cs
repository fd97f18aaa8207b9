using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Persistence;
using OnboardingBpm.Workflows;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.LoadHarness;

/// <summary>The engine on a real database, wired as the server wires it, with a hand-moved clock.</summary>
internal sealed class HarnessEngine : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private HarnessEngine(ServiceProvider provider, ManualClock clock)
    {
        this.provider = provider;
        Clock = clock;
    }

    public ManualClock Clock { get; }
    public WorkflowRuntime Runtime => provider.GetRequiredService<WorkflowRuntime>();
    public WorkflowScheduler Scheduler => provider.GetRequiredService<WorkflowScheduler>();
    public DefinitionService Definitions => provider.GetRequiredService<DefinitionService>();
    public HumanTaskService Tasks => provider.GetRequiredService<HumanTaskService>();
    public IJournalStore Journal => provider.GetRequiredService<IJournalStore>();

    public static async Task<HarnessEngine> StartAsync(PersistenceOptions options)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddWorkflowPersistence(options);
        services.AddWorkflowEngine();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new HarnessEngine(provider, clock);
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}

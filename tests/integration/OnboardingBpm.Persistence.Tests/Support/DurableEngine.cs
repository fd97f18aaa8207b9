using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Persistence.Locking;
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

    private DurableEngine(ServiceProvider provider, FakeTimeProvider clock)
    {
        this.provider = provider;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => provider;
    public WorkflowRuntime Runtime => provider.GetRequiredService<WorkflowRuntime>();
    public WorkflowScheduler Scheduler => provider.GetRequiredService<WorkflowScheduler>();
    public DefinitionService Definitions => provider.GetRequiredService<DefinitionService>();
    public HumanTaskService Tasks => provider.GetRequiredService<HumanTaskService>();
    public WorkflowStores Stores => provider.GetRequiredService<WorkflowStores>();

    /// <summary>The engine on <paramref name="options"/>' database; <paramref name="configure"/> adds services (a commit observer, say) before the engine's own.</summary>
    public static async Task<DurableEngine> StartAsync(PersistenceOptions options, FakeTimeProvider? clock = null, LeaseOptions? leases = null, IConfiguration? configuration = null, Action<IServiceCollection>? configure = null)
    {
        clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        if (leases is not null)
        {
            services.AddSingleton(leases);
        }

        configure?.Invoke(services);
        services.AddWorkflowPersistence(options);
        services.AddWorkflowEngine();
        configuration ??= TestPrivacy.Configuration();
        services.AddIntegrations(configuration);
        services.AddOnboarding(configuration);
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

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Expressions;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;
using OnboardingBpm.Workflows.Stores.InMemory;
using OnboardingBpm.Workflows.Validation;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Workflows;

public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine with the core activity library. Stores default to in-memory; a persistence module
    /// registers its own before or after this call (TryAdd keeps the first).
    /// </summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Action<ActivityRegistry>? activities = null)
    {
        var registry = CoreActivities.Register(new ActivityRegistry());
        activities?.Invoke(registry);
        services.TryAddSingleton(registry);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new EngineOptions());
        services.TryAddSingleton(_ => new WorkflowNode());
        services.TryAddSingleton(new JavaScriptLimits());
        services.TryAddSingleton<JavaScriptEngine>();
        services.TryAddSingleton<TemplateEngine>();
        services.TryAddSingleton<ExpressionEvaluator>();
        services.TryAddSingleton<WorkflowValidator>();
        services.TryAddSingleton<WorkflowExecutor>();
        services.TryAddSingleton<IInstanceLock, LocalInstanceLock>();

        services.TryAddSingleton<InMemoryWorkflowStore>();
        services.TryAddSingleton<InMemoryDefinitionStore>();
        services.TryAddSingleton<IWorkflowCommitter>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IWorkflowInstanceStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IBookmarkStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IJournalStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IIncidentStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IHumanTaskStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IOutboxStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IResumeInbox>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IClaimStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.TryAddSingleton<IWorkflowDefinitionStore>(sp => sp.GetRequiredService<InMemoryDefinitionStore>());
        services.TryAddSingleton<ITriggerStore>(sp => sp.GetRequiredService<InMemoryDefinitionStore>());

        services.TryAddSingleton(sp => new WorkflowStores(
            sp.GetRequiredService<IWorkflowDefinitionStore>(),
            sp.GetRequiredService<IWorkflowInstanceStore>(),
            sp.GetRequiredService<IBookmarkStore>(),
            sp.GetRequiredService<IJournalStore>(),
            sp.GetRequiredService<IIncidentStore>(),
            sp.GetRequiredService<IHumanTaskStore>(),
            sp.GetRequiredService<ITriggerStore>(),
            sp.GetRequiredService<IOutboxStore>(),
            sp.GetRequiredService<IResumeInbox>(),
            sp.GetRequiredService<IWorkflowCommitter>(),
            sp.GetRequiredService<IClaimStore>()));
        services.TryAddSingleton<WorkflowGraphCache>();
        services.TryAddSingleton<WorkflowRuntime>();
        services.TryAddSingleton<WorkflowScheduler>();
        services.TryAddSingleton<DefinitionService>();
        services.TryAddSingleton<HumanTaskService>();
        return services;
    }
}

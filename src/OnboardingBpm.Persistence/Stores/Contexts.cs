using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Persistence.Model;

namespace OnboardingBpm.Persistence.Stores;

/// <summary>Creates a context of whichever provider is configured; stores use one per operation.</summary>
public sealed class WorkflowContexts(Func<WorkflowDbContext> create, bool isPostgres)
{
    public bool IsPostgres { get; } = isPostgres;

    public WorkflowDbContext Create() => create();

    public static WorkflowContexts For<TContext>(IDbContextFactory<TContext> factory, bool isPostgres)
        where TContext : WorkflowDbContext => new(factory.CreateDbContext, isPostgres);
}

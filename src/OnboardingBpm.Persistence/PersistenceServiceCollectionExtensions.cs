using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Integrations.Runs;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Onboarding.KnowledgeBase;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Persistence.Locking;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Persistence.Stores;
using OnboardingBpm.Persistence.Stores.Onboarding;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the EF Core stores for the engine's, the integrations' and the onboarding domain's contracts. Call
    /// before <c>AddWorkflowEngine</c>, <c>AddIntegrations</c>, <c>AddOnboarding</c> and <c>AddKpis</c>, whose in-memory defaults are only added where nothing
    /// is registered yet.
    /// </summary>
    public static IServiceCollection AddWorkflowPersistence(this IServiceCollection services, PersistenceOptions options)
    {
        services.AddSingleton(options);
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            var connectionString = PostgresConnections.Prepare(options.ConnectionString);
            services.AddPooledDbContextFactory<PostgresWorkflowDbContext>(o => o.UseNpgsql(connectionString));
            services.AddSingleton(sp => WorkflowContexts.For(sp.GetRequiredService<IDbContextFactory<PostgresWorkflowDbContext>>(), isPostgres: true));
        }
        else
        {
            var connectionString = SqliteFiles.Prepare(options.ConnectionString);
            services.AddPooledDbContextFactory<SqliteWorkflowDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas()));
            services.AddSingleton(sp => WorkflowContexts.For(sp.GetRequiredService<IDbContextFactory<SqliteWorkflowDbContext>>(), isPostgres: false));
        }

        services.AddSingleton<EfWorkflowCommitter>();
        services.AddSingleton<EfWorkflowQueries>();
        services.AddSingleton<EfOutboxStore>();
        services.AddSingleton<EfResumeInbox>();
        services.AddSingleton<EfClaimStore>();
        services.AddSingleton<EfDefinitionStore>();
        services.AddSingleton<DatabaseMigrator>();
        services.TryAddSingleton(new LeaseOptions());
        services.Replace(ServiceDescriptor.Singleton<IInstanceLock, DatabaseInstanceLock>());
        services.TryAddSingleton(TimeProvider.System);
        services.Replace(ServiceDescriptor.Singleton<IWorkflowCommitter>(sp => sp.GetRequiredService<EfWorkflowCommitter>()));
        services.Replace(ServiceDescriptor.Singleton<IWorkflowInstanceStore>(sp => sp.GetRequiredService<EfWorkflowQueries>()));
        services.Replace(ServiceDescriptor.Singleton<IBookmarkStore>(sp => sp.GetRequiredService<EfWorkflowQueries>()));
        services.Replace(ServiceDescriptor.Singleton<IJournalStore>(sp => sp.GetRequiredService<EfWorkflowQueries>()));
        services.Replace(ServiceDescriptor.Singleton<IIncidentStore>(sp => sp.GetRequiredService<EfWorkflowQueries>()));
        services.Replace(ServiceDescriptor.Singleton<IHumanTaskStore>(sp => sp.GetRequiredService<EfWorkflowQueries>()));
        services.Replace(ServiceDescriptor.Singleton<IOutboxStore>(sp => sp.GetRequiredService<EfOutboxStore>()));
        services.Replace(ServiceDescriptor.Singleton<IResumeInbox>(sp => sp.GetRequiredService<EfResumeInbox>()));
        services.Replace(ServiceDescriptor.Singleton<IClaimStore>(sp => sp.GetRequiredService<EfClaimStore>()));
        services.Replace(ServiceDescriptor.Singleton<IWorkflowDefinitionStore>(sp => sp.GetRequiredService<EfDefinitionStore>()));
        services.Replace(ServiceDescriptor.Singleton<ITriggerStore>(sp => sp.GetRequiredService<EfDefinitionStore>()));
        services.Replace(ServiceDescriptor.Singleton<IMailOutbox, EfMailOutbox>());
        services.Replace(ServiceDescriptor.Singleton<IAlertStore, EfAlertStore>());
        services.Replace(ServiceDescriptor.Singleton<IIntegrationRunLog, EfIntegrationRunLog>());
        // The onboarding stores need AddOnboarding's IPersonalDataProtector.
        services.Replace(ServiceDescriptor.Singleton<ICustomerStore, EfCustomerStore>());
        services.Replace(ServiceDescriptor.Singleton<ICaseStore, EfCaseStore>());
        services.Replace(ServiceDescriptor.Singleton<ITicketStore, EfTicketStore>());
        services.Replace(ServiceDescriptor.Singleton<IEscalationStore, EfEscalationStore>());
        services.Replace(ServiceDescriptor.Singleton<ISurveyStore, EfSurveyStore>());
        services.Replace(ServiceDescriptor.Singleton<IKnowledgeBaseStore, EfKnowledgeBaseStore>());
        services.Replace(ServiceDescriptor.Singleton<IAuditLog, EfAuditLog>());
        services.Replace(ServiceDescriptor.Singleton<IKpiSnapshotStore, EfKpiSnapshotStore>());
        return services;
    }
}

internal static class PostgresConnections
{
    /// <summary>
    /// Npgsql's default pool of 100 equals PostgreSQL's default max_connections: a burst of concurrent
    /// requests would be refused by the server. A smaller pool makes them wait for a connection instead.
    /// </summary>
    public static string Prepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxPoolSize == 100)
        {
            builder.MaxPoolSize = 30;
        }

        return builder.ToString();
    }
}

/// <summary>SQLite files: a relative path is read from the working directory and its folder made on first run.</summary>
internal static class SqliteFiles
{
    public static string Prepare(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(source);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        // Waiting writers retry instead of failing with "database is locked".
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        builder.Pooling = true;
        return builder.ToString();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OnboardingBpm.Integrations.Activities;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Integrations.Caching;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Integrations.Okta;
using OnboardingBpm.Integrations.Okta.Activities;
using OnboardingBpm.Integrations.Resilience;
using OnboardingBpm.Integrations.Runs;
using OnboardingBpm.Integrations.Salesforce;
using OnboardingBpm.Integrations.Segment;
using OnboardingBpm.Integrations.Sync;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Integrations;

public static class IntegrationsServiceCollectionExtensions
{
    /// <summary>
    /// The vendor clients, cache, alerts, email and durable-retry defaults. Stores default to in-memory; a
    /// persistence module registers its own first (TryAdd keeps the first).
    /// </summary>
    public static IServiceCollection AddIntegrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DurableRetryOptions>(configuration.GetSection(IntegrationsSections.DurableRetry));
        services.Configure<CacheOptions>(configuration.GetSection(IntegrationsSections.Cache));
        services.Configure<AlertOptions>(configuration.GetSection(IntegrationsSections.Alerts));
        services.TryAddSingleton(TimeProvider.System);

        AddCache(services, configuration.GetSection(IntegrationsSections.Cache).Get<CacheOptions>() ?? new CacheOptions());
        services.TryAddSingleton<IAlertStore, InMemoryAlertStore>();
        services.TryAddSingleton<IMailOutbox, InMemoryMailOutbox>();
        services.TryAddSingleton<IIntegrationRunLog, InMemoryIntegrationRunLog>();
        services.AddEmail(configuration);
        services.AddSegment(configuration);
        services.TryAddSingleton<AlertService>();
        services.TryAddSingleton<IDefaultRetryPolicies, IntegrationRetryPolicies>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, IncidentAlertHandler>());
        services.AddSalesforce(configuration);
        services.AddOkta(configuration);
        services.Configure<CrmSyncOptions>(configuration.GetSection(CrmSyncOptions.Section));
        return services;
    }

    /// <summary>Registers the integration activities in the engine's palette.</summary>
    public static ActivityRegistry AddIntegrationActivities(this ActivityRegistry registry) => registry
        .AddSalesforceActivities()
        .Register<OktaProvisionUser>()
        .Register<OktaGetUser>()
        .Register<SegmentTrack>()
        .Register<SegmentIdentify>()
        .Register<SendEmail>()
        .Register<CreateCalendarInvitation>()
        .Register<CrmSync>();

    private static void AddCache(IServiceCollection services, CacheOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            services.AddDistributedMemoryCache();
        }
        else
        {
            services.AddStackExchangeRedisCache(redis => redis.Configuration = options.Redis);
        }

        services.TryAddSingleton<IntegrationCache>();
    }
}

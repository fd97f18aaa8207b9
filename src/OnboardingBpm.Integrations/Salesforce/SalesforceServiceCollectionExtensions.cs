using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Resilience;
using OnboardingBpm.Integrations.Salesforce.Activities;
using OnboardingBpm.Integrations.Salesforce.Auth;
using OnboardingBpm.Workflows.Activities;
using Polly;

namespace OnboardingBpm.Integrations.Salesforce;

public static class SalesforceServiceCollectionExtensions
{
    /// <summary>
    /// The Salesforce client: resilience pipeline (outer, one singleton so the circuit state survives handler
    /// rotation), then the auth handler (inner, so a token renewal happens inside one attempt).
    /// </summary>
    public static IServiceCollection AddSalesforce(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SalesforceOptions>(configuration.GetSection(SalesforceOptions.Section));
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SalesforceUsage>();
        services.TryAddSingleton<SalesforceTokenProvider>();
        services.TryAddKeyedSingleton<ResiliencePipeline<HttpResponseMessage>>(SalesforceClient.Vendor, (sp, _) =>
            VendorPipeline.Build(SalesforceClient.Vendor, sp.GetRequiredService<IOptions<SalesforceOptions>>().Value.Resilience, sp.GetRequiredService<TimeProvider>()));

        // The token request runs inside an API call's attempt, which bounds it; it needs no pipeline of its own.
        services.AddHttpClient(SalesforceTokenProvider.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddHttpClient<SalesforceClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(sp => new ResilienceHandler(SalesforceClient.Vendor, sp.GetRequiredKeyedService<ResiliencePipeline<HttpResponseMessage>>(SalesforceClient.Vendor)))
            .AddHttpMessageHandler(sp => new SalesforceAuthHandler(sp.GetRequiredService<SalesforceTokenProvider>(), sp.GetRequiredService<SalesforceUsage>()));
        return services;
    }

    /// <summary>The Salesforce activities of the designer's palette.</summary>
    public static ActivityRegistry AddSalesforceActivities(this ActivityRegistry registry) => registry
        .Register<SalesforceUpsertCase>()
        .Register<SalesforceUpdateCase>()
        .Register<SalesforceGetCase>()
        .Register<SalesforceQuery>();
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Resilience;
using Polly;

namespace OnboardingBpm.Integrations.Okta;

public static class OktaServiceCollectionExtensions
{
    /// <summary>The Okta client: options from <c>Integrations:Okta</c>, the vendor pipeline (one per process, so the breaker's state lasts), auth inside it.</summary>
    public static IServiceCollection AddOkta(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OktaOptions>(configuration.GetSection(OktaOptions.Section));
        services.TryAddKeyedSingleton(OktaClient.Vendor, (sp, _) =>
            VendorPipeline.Build(OktaClient.Vendor, sp.GetRequiredService<IOptions<OktaOptions>>().Value.Resilience, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<OktaTokenSource>();
        services.TryAddTransient<OktaAuthHandler>();

        // The token call runs inside an attempt of the management call, whose pipeline bounds its time.
        services.AddHttpClient(OktaClient.TokenClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddHttpClient<OktaClient>(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(sp => new ResilienceHandler(OktaClient.Vendor, sp.GetRequiredKeyedService<ResiliencePipeline<HttpResponseMessage>>(OktaClient.Vendor)))
            .AddHttpMessageHandler<OktaAuthHandler>();
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Resilience;
using Polly;

namespace OnboardingBpm.Integrations.Segment;

public static class SegmentServiceCollectionExtensions
{
    /// <summary>The Segment client over its own resilience pipeline (a keyed singleton, so the breaker's state survives handler rotation).</summary>
    public static IServiceCollection AddSegment(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SegmentOptions>(configuration.GetSection(SegmentOptions.Section));
        services.TryAddKeyedSingleton(SegmentClient.Vendor, (sp, _) => VendorPipeline.Build(
            SegmentClient.Vendor,
            sp.GetRequiredService<IOptionsMonitor<SegmentOptions>>().CurrentValue.Resilience,
            sp.GetRequiredService<TimeProvider>()));
        services.AddHttpClient<SegmentClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(sp => new ResilienceHandler(
                SegmentClient.Vendor,
                sp.GetRequiredKeyedService<ResiliencePipeline<HttpResponseMessage>>(SegmentClient.Vendor)));
        return services;
    }
}

using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Caching;
using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Tests.Caching;

/// <summary>With a Redis connection string, server processes share one cache: what one node read, another serves during an outage.</summary>
public sealed class RedisCacheTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new();
    private RedisServer redis = null!;

    public async ValueTask InitializeAsync() => redis = await RedisServer.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => redis.DisposeAsync();

    [Fact]
    public async Task a_value_read_on_one_node_is_served_stale_by_another_node_while_the_vendor_is_down()
    {
        await using var nodeA = Node();
        await using var nodeB = Node();
        var key = $"case:{Guid.NewGuid():N}";

        await nodeA.GetRequiredService<IntegrationCache>().ReadAsync(key, _ => Task.FromResult("from-vendor"), TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromMinutes(20));
        var onB = await nodeB.GetRequiredService<IntegrationCache>().ReadAsync<string>(
            key,
            _ => throw new IntegrationException("Test", "down", HttpStatusCode.ServiceUnavailable),
            TestContext.Current.CancellationToken);

        Assert.Equal("from-vendor", onB.Value);
        Assert.True(onB.IsStale);
    }

    private ServiceProvider Node()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddIntegrations(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Integrations:Cache:Redis"] = redis.ConnectionString,
        }).Build());
        return services.BuildServiceProvider();
    }
}

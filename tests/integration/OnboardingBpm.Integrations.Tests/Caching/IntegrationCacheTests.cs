using System.Net;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Caching;
using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Tests.Caching;

public sealed class IntegrationCacheTests
{
    private readonly FakeTimeProvider clock = new();
    private readonly IntegrationCache cache;
    private int fetches;

    public IntegrationCacheTests()
    {
        var memory = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        cache = new IntegrationCache(memory, clock, Options.Create(new CacheOptions()));
    }

    [Fact]
    public async Task a_read_within_five_minutes_is_served_from_the_cache_without_calling_the_vendor()
    {
        await cache.ReadAsync("case:1", Fetch("v1"), TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromMinutes(4));

        var second = await cache.ReadAsync("case:1", Fetch("v2"), TestContext.Current.CancellationToken);

        Assert.Equal("v1", second.Value);
        Assert.True(second.FromCache);
        Assert.False(second.IsStale);
        Assert.Equal(1, fetches);
    }

    [Fact]
    public async Task an_older_read_asks_the_vendor_again_and_keeps_the_new_answer()
    {
        await cache.ReadAsync("case:1", Fetch("v1"), TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromMinutes(6));

        var second = await cache.ReadAsync("case:1", Fetch("v2"), TestContext.Current.CancellationToken);
        var third = await cache.ReadAsync("case:1", Fetch("v3"), TestContext.Current.CancellationToken);

        Assert.Equal("v2", second.Value);
        Assert.False(second.FromCache);
        Assert.Equal("v2", third.Value);
        Assert.Equal(2, fetches);
    }

    [Fact]
    public async Task a_failing_vendor_is_answered_from_the_cache_marked_stale_for_up_to_an_hour()
    {
        await cache.ReadAsync("case:1", Fetch("v1"), TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromMinutes(59));

        var stale = await cache.ReadAsync("case:1", Fail(HttpStatusCode.ServiceUnavailable), TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await Assert.ThrowsAsync<IntegrationException>(() => cache.ReadAsync("case:1", Fail(HttpStatusCode.ServiceUnavailable), TestContext.Current.CancellationToken));

        Assert.Equal("v1", stale.Value);
        Assert.True(stale.IsStale);
        Assert.Equal(clock.GetUtcNow() - TimeSpan.FromMinutes(61), stale.FetchedAt);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, expired.Status);
    }

    [Fact]
    public async Task a_rejected_request_is_not_hidden_behind_the_cache()
    {
        await cache.ReadAsync("case:1", Fetch("v1"), TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromMinutes(10));

        await Assert.ThrowsAsync<IntegrationException>(() => cache.ReadAsync("case:1", Fail(HttpStatusCode.NotFound), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task a_write_puts_its_result_in_the_cache_for_the_next_read()
    {
        await cache.PutAsync("case:9", "written", TestContext.Current.CancellationToken);

        var read = await cache.ReadAsync("case:9", Fetch("vendor"), TestContext.Current.CancellationToken);

        Assert.Equal("written", read.Value);
        Assert.Equal(0, fetches);
    }

    private Func<CancellationToken, Task<string>> Fetch(string value) => _ =>
    {
        fetches++;
        return Task.FromResult(value);
    };

    private static Func<CancellationToken, Task<string>> Fail(HttpStatusCode status) =>
        _ => throw new IntegrationException("Test", "failed", status);
}

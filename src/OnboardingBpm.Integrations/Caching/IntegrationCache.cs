using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Caching;

/// <summary>A value read from a vendor, or from the cache when the vendor could not answer.</summary>
public sealed record CachedRead<T>(T Value, DateTimeOffset FetchedAt, bool IsStale, bool FromCache);

/// <summary>
/// Read-through cache for vendor lookups over <see cref="IDistributedCache"/> (memory or Redis). Ages are
/// measured on the injected clock from the time stored in each entry, not by the cache's own expiry, so the
/// 1-hour rule holds on Redis and under a fake clock alike.
/// </summary>
public sealed class IntegrationCache(IDistributedCache cache, TimeProvider time, IOptions<CacheOptions> options)
{
    private CacheOptions Options => options.Value;

    /// <summary>
    /// A fresh cached value as is; otherwise the vendor's answer (cached for next time); if the vendor fails
    /// with a transient error, the cached value younger than <see cref="CacheOptions.ExpireAfter"/>, marked stale.
    /// </summary>
    public async Task<CachedRead<T>> ReadAsync<T>(string key, Func<CancellationToken, Task<T>> fetch, CancellationToken cancellationToken = default)
    {
        var cached = await FindAsync<T>(key, cancellationToken);
        var now = time.GetUtcNow();
        if (cached is not null && now - cached.FetchedAt < Options.ServeCachedFor)
        {
            return new CachedRead<T>(cached.Value, cached.FetchedAt, IsStale: false, FromCache: true);
        }

        try
        {
            var value = await fetch(cancellationToken);
            await PutAsync(key, value, cancellationToken);
            return new CachedRead<T>(value, now, IsStale: false, FromCache: false);
        }
        catch (IntegrationException ex) when (ex.IsTransient && cached is not null)
        {
            return new CachedRead<T>(cached.Value, cached.FetchedAt, IsStale: true, FromCache: true);
        }
    }

    /// <summary>Stores what a write returned, so our own changes are read back at once.</summary>
    public Task PutAsync<T>(string key, T value, CancellationToken cancellationToken = default)
    {
        var entry = new Entry<T>(value, time.GetUtcNow());
        var bytes = JsonSerializer.SerializeToUtf8Bytes(entry, JsonOptions);
        return cache.SetAsync(Options.KeyPrefix + key, bytes, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Options.ExpireAfter }, cancellationToken);
    }

    public Task RemoveAsync(string key, CancellationToken cancellationToken = default) => cache.RemoveAsync(Options.KeyPrefix + key, cancellationToken);

    private async Task<Entry<T>?> FindAsync<T>(string key, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Options.KeyPrefix + key, cancellationToken);
        if (bytes is null)
        {
            return null;
        }

        var entry = JsonSerializer.Deserialize<Entry<T>>(bytes, JsonOptions);
        return entry is not null && time.GetUtcNow() - entry.FetchedAt < Options.ExpireAfter ? entry : null;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record Entry<T>(T Value, DateTimeOffset FetchedAt);
}

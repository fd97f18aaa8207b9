namespace OnboardingBpm.Integrations.Caching;

/// <summary>The read cache of vendor lookups (cases, accounts, users).</summary>
public sealed class CacheOptions
{
    /// <summary>A cached read younger than this is served without calling the vendor (dashboards refresh every 5 minutes).</summary>
    public TimeSpan ServeCachedFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Entries are invalidated after this; until then a failing vendor is answered from the cache, marked stale.</summary>
    public TimeSpan ExpireAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A Redis connection string shares the cache between server processes; empty keeps it in memory.</summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of every key, so several environments can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "onboardingbpm:";
}

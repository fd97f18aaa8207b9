using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace OnboardingBpm.Persistence.Tests.Support;

/// <summary>Encryption keys for the store tests: random per test run, never written anywhere.</summary>
public static class TestPrivacy
{
    public static readonly string IndexKey = NewKey();
    public static readonly string FirstKey = NewKey();
    public static readonly string SecondKey = NewKey();

    /// <summary>The default: one key, "k1".</summary>
    public static IConfiguration Configuration() => Configuration("k1", ("k1", FirstKey));

    public static IConfiguration Configuration(string activeKeyId, params (string Id, string Key)[] keys)
    {
        var settings = new Dictionary<string, string?> { ["Privacy:ActiveKeyId"] = activeKeyId, ["Privacy:BlindIndexKey"] = IndexKey };
        for (var i = 0; i < keys.Length; i++)
        {
            settings[$"Privacy:Keys:{i}:Id"] = keys[i].Id;
            settings[$"Privacy:Keys:{i}:Key"] = keys[i].Key;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}

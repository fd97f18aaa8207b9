using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OnboardingBpm.Onboarding.Privacy;

namespace OnboardingBpm.Onboarding.Tests.Privacy;

internal static class TestKeys
{
    public static string NewKey(int bytes = 32) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    public static PrivacyOptions Options(string activeKeyId, string indexKey, params (string Id, string Key)[] keys) => new()
    {
        Keys = keys.Select(k => new PrivacyKey { Id = k.Id, Key = k.Key }).ToList(),
        ActiveKeyId = activeKeyId,
        BlindIndexKey = indexKey,
    };

    public static AesGcmPersonalDataProtector Protector(PrivacyOptions options) => new(Microsoft.Extensions.Options.Options.Create(options));

    public static AesGcmPersonalDataProtector Protector(string activeKeyId, string indexKey, params (string Id, string Key)[] keys) =>
        Protector(Options(activeKeyId, indexKey, keys));

    public static IOptions<PrivacyOptions> Wrap(PrivacyOptions options) => Microsoft.Extensions.Options.Options.Create(options);
}

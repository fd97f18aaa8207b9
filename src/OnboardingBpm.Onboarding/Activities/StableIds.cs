using System.Security.Cryptography;
using System.Text;

namespace OnboardingBpm.Onboarding.Activities;

/// <summary>
/// Ids derived from a natural key, so a replayed step computes the same id and finds what it wrote before
/// instead of writing a second row.
/// </summary>
internal static class StableIds
{
    public static string From(string prefix, string key) =>
        $"{prefix}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20]}";
}

using System.Security.Cryptography;
using System.Text;

namespace OnboardingBpm.Onboarding.Surveys;

public static class SurveyTokens
{
    /// <summary>A fresh token for a link (256 random bits, URL-safe) and the hash to store.</summary>
    public static (string Token, string Hash) Create()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

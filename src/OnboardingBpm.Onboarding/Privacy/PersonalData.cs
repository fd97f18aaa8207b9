namespace OnboardingBpm.Onboarding.Privacy;

public static class PersonalData
{
    /// <summary>What an erased name or comment reads as.</summary>
    public const string Tombstone = "[erased]";

    /// <summary>The form of an email the blind index is computed on: trimmed, lower-case.</summary>
    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();
}

namespace OnboardingBpm.Onboarding.Privacy;

/// <summary>
/// Encrypts personal data (names, emails, phone numbers, free-text comments) before it is stored, and computes
/// the blind index that lets a store find a value without decrypting every row.
/// </summary>
public interface IPersonalDataProtector
{
    /// <summary>AES-256-GCM with the active key; the result names the key, so keys can rotate.</summary>
    string Protect(string plaintext);

    /// <exception cref="PersonalDataException">The key is not configured, or the value was altered.</exception>
    string Unprotect(string ciphertext);

    /// <summary>A keyed HMAC-SHA256 of the value: equal inputs give equal outputs, and nothing reverses it.</summary>
    string BlindIndex(string value);
}

public static class PersonalDataProtectorExtensions
{
    public static string? ProtectOrNull(this IPersonalDataProtector protector, string? plaintext) =>
        plaintext is null ? null : protector.Protect(plaintext);

    public static string? UnprotectOrNull(this IPersonalDataProtector protector, string? ciphertext) =>
        ciphertext is null ? null : protector.Unprotect(ciphertext);

    /// <summary>The blind index of an email, normalised first so that case and spaces do not matter.</summary>
    public static string? EmailIndex(this IPersonalDataProtector protector, string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : protector.BlindIndex(PersonalData.NormaliseEmail(email));
}

/// <summary>Personal data that cannot be decrypted; the message says why, never the value.</summary>
public sealed class PersonalDataException(string message, Exception? inner = null) : Exception(message, inner);

namespace OnboardingBpm.Onboarding.Privacy;

/// <summary>The <c>Privacy</c> section: encryption keys for personal data (see docs/privacy.md).</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Every key that may have encrypted stored data; keep old keys until nothing uses them.</summary>
    public List<PrivacyKey> Keys { get; set; } = [];

    /// <summary>The key new values are encrypted with.</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>
    /// Base64 of 32 bytes: the HMAC key of the email blind index. Separate from the encryption keys because it
    /// cannot rotate without recomputing every index.
    /// </summary>
    public string? BlindIndexKey { get; set; }

    /// <summary>
    /// Development only, when no key is configured: where keys are generated once and kept (relative to the
    /// working directory, like the SQLite file; <c>data/</c> is ignored by git).
    /// </summary>
    public string DevelopmentKeyFile { get; set; } = "data/privacy-keys.development.json";
}

public sealed class PrivacyKey
{
    public string Id { get; set; } = "";

    /// <summary>Base64 of exactly 32 bytes.</summary>
    public string Key { get; set; } = "";
}

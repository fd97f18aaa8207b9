using System.Text;

namespace OnboardingBpm.Onboarding.Privacy;

/// <summary>The decoded, checked keys. Built once; a bad configuration fails here with every problem listed.</summary>
internal sealed class PrivacyKeyRing
{
    public const int KeySize = 32;

    private PrivacyKeyRing(Dictionary<string, byte[]> keys, string activeKeyId, byte[] blindIndexKey)
    {
        Keys = keys;
        ActiveKeyId = activeKeyId;
        BlindIndexKey = blindIndexKey;
    }

    public IReadOnlyDictionary<string, byte[]> Keys { get; }
    public string ActiveKeyId { get; }
    public byte[] BlindIndexKey { get; }

    public static PrivacyKeyRing Create(PrivacyOptions options)
    {
        var errors = Validate(options);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", errors));
        }

        var keys = options.Keys.ToDictionary(k => k.Id, k => Convert.FromBase64String(k.Key), StringComparer.Ordinal);
        return new PrivacyKeyRing(keys, options.ActiveKeyId!, Convert.FromBase64String(options.BlindIndexKey!));
    }

    /// <summary>Problems with the configuration, each naming the setting to fix; never a key's value.</summary>
    public static List<string> Validate(PrivacyOptions options)
    {
        var errors = new List<string>();
        if (options.Keys.Count == 0)
        {
            errors.Add($"{PrivacyOptions.Section}:Keys is empty: personal data needs at least one AES-256 key ({{\"Id\": \"...\", \"Key\": \"<base64 of {KeySize} bytes>\"}}); see docs/privacy.md.");
        }

        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            var name = $"{PrivacyOptions.Section}:Keys:{i}";
            if (string.IsNullOrWhiteSpace(key.Id) || Encoding.UTF8.GetByteCount(key.Id) > 100)
            {
                errors.Add($"{name}:Id must be 1 to 100 characters.");
            }

            if (!IsKey(key.Key, out var length))
            {
                errors.Add($"{name}:Key ('{key.Id}') is {Describe(length)}; AES-256 needs base64 of exactly {KeySize} bytes.");
            }
        }

        foreach (var duplicate in options.Keys.GroupBy(k => k.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"{PrivacyOptions.Section}:Keys names '{duplicate.Key}' more than once.");
        }

        if (options.Keys.Count > 0 && !options.Keys.Any(k => k.Id == options.ActiveKeyId))
        {
            errors.Add($"{PrivacyOptions.Section}:ActiveKeyId ('{options.ActiveKeyId}') must be the id of one of {PrivacyOptions.Section}:Keys.");
        }

        if (!IsKey(options.BlindIndexKey, out var indexLength))
        {
            errors.Add($"{PrivacyOptions.Section}:BlindIndexKey is {Describe(indexLength)}; the email index needs base64 of exactly {KeySize} bytes.");
        }

        return errors;
    }

    private static bool IsKey(string? base64, out int? length)
    {
        length = null;
        if (string.IsNullOrWhiteSpace(base64))
        {
            return false;
        }

        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, buffer, out var written))
        {
            length = -1;
            return false;
        }

        length = written;
        return written == KeySize;
    }

    private static string Describe(int? length) => length switch
    {
        null => "missing",
        -1 => "not valid base64",
        _ => $"{length} bytes",
    };
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OnboardingBpm.Onboarding.Privacy;

/// <summary>
/// AES-256-GCM. A protected value is base64 of: version byte (1), key id length, key id (UTF-8), 12-byte nonce,
/// 16-byte tag, ciphertext. The header (version and key id) is authenticated as associated data, so changing
/// the key id or any other byte makes decryption fail instead of returning something else.
/// </summary>
public sealed class AesGcmPersonalDataProtector : IPersonalDataProtector
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly PrivacyKeyRing ring;

    public AesGcmPersonalDataProtector(IOptions<PrivacyOptions> options)
    {
        ring = PrivacyKeyRing.Create(options.Value);
    }

    public string Protect(string plaintext)
    {
        var keyId = Encoding.UTF8.GetBytes(ring.ActiveKeyId);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var headerSize = 2 + keyId.Length;
        var output = new byte[headerSize + NonceSize + TagSize + plain.Length];
        output[0] = Version;
        output[1] = (byte)keyId.Length;
        keyId.CopyTo(output, 2);
        var nonce = output.AsSpan(headerSize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(ring.Keys[ring.ActiveKeyId], TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(headerSize + NonceSize + TagSize), output.AsSpan(headerSize + NonceSize, TagSize), output.AsSpan(0, headerSize));
        return Convert.ToBase64String(output);
    }

    public string Unprotect(string ciphertext)
    {
        var bytes = Decode(ciphertext);
        var headerSize = 2 + bytes[1];
        if (bytes.Length < headerSize + NonceSize + TagSize)
        {
            throw new PersonalDataException("A protected value is truncated.");
        }

        var keyId = Encoding.UTF8.GetString(bytes, 2, bytes[1]);
        if (!ring.Keys.TryGetValue(keyId, out var key))
        {
            throw new PersonalDataException($"A protected value was encrypted with key '{keyId}', which is not in {PrivacyOptions.Section}:Keys (configured: {string.Join(", ", ring.Keys.Keys)}). Keep retired keys configured until no data uses them.");
        }

        var plain = new byte[bytes.Length - headerSize - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(bytes.AsSpan(headerSize, NonceSize), bytes.AsSpan(headerSize + NonceSize + TagSize), bytes.AsSpan(headerSize + NonceSize, TagSize), plain, bytes.AsSpan(0, headerSize));
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new PersonalDataException($"A protected value under key '{keyId}' failed its integrity check: it was altered, or the key's bytes changed.", ex);
        }

        return Encoding.UTF8.GetString(plain);
    }

    public string BlindIndex(string value) =>
        Convert.ToBase64String(HMACSHA256.HashData(ring.BlindIndexKey, Encoding.UTF8.GetBytes(value)));

    private static byte[] Decode(string ciphertext)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(ciphertext);
        }
        catch (FormatException ex)
        {
            throw new PersonalDataException("A protected value is not base64.", ex);
        }

        if (bytes.Length < 2 || bytes[0] != Version)
        {
            throw new PersonalDataException($"A protected value has an unknown format (version {(bytes.Length > 0 ? bytes[0] : 0)}, expected {Version}).");
        }

        return bytes;
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OnboardingBpm.Onboarding.Privacy;

/// <summary>
/// In Development only, and only when no key is configured at all: keys are generated once into
/// <see cref="PrivacyOptions.DevelopmentKeyFile"/> and read from there on later runs, so a newcomer's data stays
/// readable across restarts. Any other environment without keys fails at startup (see the validator).
/// </summary>
internal sealed class DevelopmentKeys(ILogger<DevelopmentKeys> logger, IHostEnvironment? environment = null) : IPostConfigureOptions<PrivacyOptions>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public void PostConfigure(string? name, PrivacyOptions options)
    {
        if (environment?.IsDevelopment() != true || options.Keys.Count > 0 || !string.IsNullOrEmpty(options.BlindIndexKey))
        {
            return;
        }

        var path = Path.GetFullPath(options.DevelopmentKeyFile);
        var created = TryCreate(path);
        var stored = JsonSerializer.Deserialize<StoredKeys>(File.ReadAllText(path), Json)
            ?? throw new InvalidOperationException($"The development key file {path} is empty; delete it to generate new keys (data encrypted with the old ones becomes unreadable).");
        options.Keys = [new PrivacyKey { Id = stored.ActiveKeyId, Key = stored.Key }];
        options.ActiveKeyId = stored.ActiveKeyId;
        options.BlindIndexKey = stored.BlindIndexKey;
        logger.LogWarning(
            "No {Section}:Keys configured: personal data is encrypted with development keys {Action} {Path}. Configure real keys outside the repository for any shared or production environment.",
            PrivacyOptions.Section,
            created ? "generated into" : "read from",
            path);
    }

    private static bool TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var keys = new StoredKeys("dev-" + DateTime.UtcNow.ToString("yyyyMMdd"), NewKey(), NewKey());
        try
        {
            // CreateNew: two processes starting together keep the first file; owner-only permissions on Unix.
            var mode = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                mode.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var stream = new FileStream(path, mode);
            JsonSerializer.Serialize(stream, keys, Json);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(PrivacyKeyRing.KeySize));

    private sealed record StoredKeys(string ActiveKeyId, string Key, string BlindIndexKey);
}

/// <summary>Runs at startup (ValidateOnStart): a missing or short key stops the host with the setting to fix.</summary>
internal sealed class PrivacyOptionsValidator : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options)
    {
        var errors = PrivacyKeyRing.Validate(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

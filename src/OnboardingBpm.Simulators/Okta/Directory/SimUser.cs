using System.Text.Json.Nodes;

namespace OnboardingBpm.Simulators.Okta.Directory;

/// <summary>A user of the simulated org. Mutated only under the directory's lock.</summary>
internal sealed class SimUser
{
    public required string Id { get; init; }
    public required string Login { get; init; }
    public required JsonObject Profile { get; init; }
    public required DateTimeOffset Created { get; init; }
    public string Status { get; set; } = UserStatus.Staged;
    public string? Password { get; set; }
    public DateTimeOffset? Activated { get; set; }
    public DateTimeOffset StatusChanged { get; set; }
    public DateTimeOffset LastUpdated { get; set; }
    public DateTimeOffset? PasswordChanged { get; set; }

    public void ChangeStatus(string status, DateTimeOffset now)
    {
        Status = status;
        StatusChanged = now;
        LastUpdated = now;
    }

    public JsonObject ToJson(string baseUrl)
    {
        var self = $"{baseUrl}/api/v1/users/{Id}";
        var credentials = new JsonObject { ["provider"] = new JsonObject { ["type"] = "OKTA", ["name"] = "OKTA" } };
        if (Password is not null)
        {
            credentials["password"] = new JsonObject();
        }

        return new JsonObject
        {
            ["id"] = Id,
            ["status"] = Status,
            ["created"] = OktaTime.Format(Created),
            ["activated"] = OktaTime.Format(Activated),
            ["statusChanged"] = OktaTime.Format(StatusChanged),
            ["lastLogin"] = null,
            ["lastUpdated"] = OktaTime.Format(LastUpdated),
            ["passwordChanged"] = OktaTime.Format(PasswordChanged),
            ["type"] = new JsonObject { ["id"] = "oty1simulateddefault" },
            ["transitioningToStatus"] = null,
            ["profile"] = Profile.DeepClone(),
            ["credentials"] = credentials,
            ["_links"] = new JsonObject
            {
                ["self"] = new JsonObject { ["href"] = self },
                ["activate"] = new JsonObject { ["href"] = $"{self}/lifecycle/activate", ["method"] = "POST" },
                ["deactivate"] = new JsonObject { ["href"] = $"{self}/lifecycle/deactivate", ["method"] = "POST" },
            },
        };
    }
}

internal static class UserStatus
{
    public const string Staged = "STAGED";
    public const string Provisioned = "PROVISIONED";
    public const string Active = "ACTIVE";
    public const string Deprovisioned = "DEPROVISIONED";
}

internal static class OktaTime
{
    public static string? Format(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}

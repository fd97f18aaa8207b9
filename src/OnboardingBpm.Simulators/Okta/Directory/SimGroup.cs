using System.Text.Json.Nodes;

namespace OnboardingBpm.Simulators.Okta.Directory;

/// <summary>A group of the simulated org and its members (user ids, in the order they joined).</summary>
internal sealed class SimGroup
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public required string Type { get; init; }
    public required DateTimeOffset Created { get; init; }
    public DateTimeOffset LastMembershipUpdated { get; set; }
    public List<string> Members { get; } = [];

    public JsonObject ToJson(string baseUrl) => new()
    {
        ["id"] = Id,
        ["created"] = OktaTime.Format(Created),
        ["lastUpdated"] = OktaTime.Format(Created),
        ["lastMembershipUpdated"] = OktaTime.Format(LastMembershipUpdated),
        ["objectClass"] = new JsonArray("okta:user_group"),
        ["type"] = Type,
        ["profile"] = new JsonObject { ["name"] = Name, ["description"] = Description },
        ["_links"] = new JsonObject
        {
            ["self"] = new JsonObject { ["href"] = $"{baseUrl}/api/v1/groups/{Id}" },
            ["users"] = new JsonObject { ["href"] = $"{baseUrl}/api/v1/groups/{Id}/users" },
        },
    };
}

internal static class GroupTypes
{
    public const string Okta = "OKTA_GROUP";
    public const string BuiltIn = "BUILT_IN";
}

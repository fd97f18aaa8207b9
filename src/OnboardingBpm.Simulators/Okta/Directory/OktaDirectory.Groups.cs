using System.Text.Json.Nodes;
using OnboardingBpm.Simulators.Okta.Management;

namespace OnboardingBpm.Simulators.Okta.Directory;

internal sealed partial class OktaDirectory
{
    public (JsonObject? Group, OktaError? Error) CreateGroup(string? name, string? description, DateTimeOffset now, string baseUrl)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return (null, OktaError.Validation("name: The field cannot be left blank"));
        }

        lock (gate)
        {
            if (groups.Exists(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                return (null, OktaError.Validation("name: An object with this field already exists in the current organization"));
            }

            return (AddGroup(name, description, GroupTypes.Okta, now).ToJson(baseUrl), null);
        }
    }

    public JsonObject? GetGroup(string id, string baseUrl)
    {
        lock (gate)
        {
            return groups.Find(g => g.Id == id)?.ToJson(baseUrl);
        }
    }

    public (List<JsonObject> Page, string? NextAfter) ListGroups(Func<JsonObject, bool> match, string? after, int limit, string baseUrl)
    {
        lock (gate)
        {
            return Page(groups.Select(g => g.ToJson(baseUrl)).Where(match).ToList(), after, limit);
        }
    }

    /// <summary>Adds or removes a member; both are idempotent. Only OKTA_GROUP memberships can change.</summary>
    public OktaError? ChangeMembership(string groupId, string userId, bool add, DateTimeOffset now)
    {
        lock (gate)
        {
            if (groups.Find(g => g.Id == groupId) is not { } group)
            {
                return OktaError.NotFound(groupId, "UserGroup");
            }

            if (users.Find(u => u.Id == userId) is null)
            {
                return OktaError.NotFound(userId, "User");
            }

            if (group.Type != GroupTypes.Okta)
            {
                return OktaError.PermissionDenied;
            }

            var member = group.Members.Contains(userId);
            if (add && !member)
            {
                group.Members.Add(userId);
                group.LastMembershipUpdated = now;
            }
            else if (!add && member)
            {
                group.Members.Remove(userId);
                group.LastMembershipUpdated = now;
            }

            return null;
        }
    }

    public (List<JsonObject> Page, string? NextAfter)? Members(string groupId, string? after, int limit, string baseUrl)
    {
        lock (gate)
        {
            if (groups.Find(g => g.Id == groupId) is not { } group)
            {
                return null;
            }

            var members = group.Members.Select(id => users.First(u => u.Id == id).ToJson(baseUrl)).ToList();
            return Page(members, after, limit);
        }
    }

    /// <summary>Every user with the names of its groups, for the inspection endpoint.</summary>
    public List<JsonObject> Snapshot(string baseUrl)
    {
        lock (gate)
        {
            return users.Select(u =>
            {
                var json = u.ToJson(baseUrl);
                json["groups"] = new JsonArray(groups.Where(g => g.Members.Contains(u.Id)).Select(g => (JsonNode)JsonValue.Create(g.Name)).ToArray());
                return json;
            }).ToList();
        }
    }

    private SimGroup AddGroup(string name, string? description, string type, DateTimeOffset now)
    {
        var group = new SimGroup { Id = OktaIds.New("00g"), Name = name, Description = description, Type = type, Created = now, LastMembershipUpdated = now };
        groups.Add(group);
        return group;
    }
}

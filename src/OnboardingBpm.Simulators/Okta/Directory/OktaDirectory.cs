using System.Text.Json.Nodes;
using OnboardingBpm.Simulators.Okta.Management;

namespace OnboardingBpm.Simulators.Okta.Directory;

/// <summary>
/// The simulated org's users and groups, in memory. Every read and change happens under one lock and
/// hands out JSON snapshots, so endpoints never see a half-changed user.
/// </summary>
internal sealed partial class OktaDirectory
{
    private readonly Lock gate = new();
    private readonly List<SimUser> users = [];
    private readonly List<SimGroup> groups = [];

    public OktaDirectory(OktaSimulatorOptions options, DateTimeOffset now)
    {
        AddGroup("Everyone", "All users in your organization", GroupTypes.BuiltIn, now);
        foreach (var name in options.Segments.Select(options.SegmentGroup).Concat(options.RoleGroups).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            AddGroup(name, null, GroupTypes.Okta, now);
        }

        foreach (var demo in options.DemoUsers)
        {
            var profile = Profile(demo.Login, demo.FirstName, demo.LastName);
            var user = AddUser(profile, demo.Login, options.DemoPassword, UserStatus.Active, now);
            foreach (var group in groups.Where(g => demo.Groups.Contains(g.Name, StringComparer.OrdinalIgnoreCase)))
            {
                group.Members.Add(user.Id);
            }
        }
    }

    /// <summary>Creates a user; a login that exists already is the validation error Okta gives.</summary>
    public (JsonObject? User, OktaError? Error) CreateUser(JsonObject profile, string? password, bool activate, IReadOnlyList<string> groupIds, string baseUrl, DateTimeOffset now)
    {
        var login = profile["login"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(login))
        {
            return (null, OktaError.Validation("login: The field cannot be left blank"));
        }

        lock (gate)
        {
            if (FindUser(login) is not null)
            {
                return (null, OktaError.Validation("login: An object with this field already exists in the current organization"));
            }

            var memberOf = new List<SimGroup>();
            foreach (var groupId in groupIds)
            {
                if (groups.Find(g => g.Id == groupId) is not { } group)
                {
                    return (null, OktaError.NotFound(groupId, "UserGroup"));
                }

                memberOf.Add(group);
            }

            // Activated without a password the user is PROVISIONED: it still has to set one through the activation link.
            var status = !activate ? UserStatus.Staged : password is null ? UserStatus.Provisioned : UserStatus.Active;
            var user = AddUser(profile, login, password, status, now);
            memberOf.ForEach(g => g.Members.Add(user.Id));
            return (user.ToJson(baseUrl), null);
        }
    }

    public JsonObject? GetUser(string idOrLogin, string baseUrl)
    {
        lock (gate)
        {
            return FindUser(idOrLogin)?.ToJson(baseUrl);
        }
    }

    /// <summary>Users in creation order, after the one whose id is <paramref name="after"/>.</summary>
    public (List<JsonObject> Page, string? NextAfter) ListUsers(Func<JsonObject, bool> match, string? after, int limit, string baseUrl)
    {
        lock (gate)
        {
            var all = users.Select(u => u.ToJson(baseUrl)).Where(match).ToList();
            return Page(all, after, limit);
        }
    }

    /// <summary>STAGED or DEPROVISIONED users become ACTIVE (with a password) or PROVISIONED; others are already active.</summary>
    public (JsonObject? User, OktaError? Error) Activate(string id, DateTimeOffset now, string baseUrl)
    {
        lock (gate)
        {
            if (FindUser(id) is not { } user)
            {
                return (null, OktaError.NotFound(id, "User"));
            }

            if (user.Status is not (UserStatus.Staged or UserStatus.Deprovisioned))
            {
                return (null, OktaError.AlreadyActive);
            }

            user.ChangeStatus(user.Password is null ? UserStatus.Provisioned : UserStatus.Active, now);
            user.Activated = now;
            return (user.ToJson(baseUrl), null);
        }
    }

    public (JsonObject? User, OktaError? Error) Deactivate(string id, DateTimeOffset now, string baseUrl)
    {
        lock (gate)
        {
            if (FindUser(id) is not { } user)
            {
                return (null, OktaError.NotFound(id, "User"));
            }

            if (user.Status != UserStatus.Deprovisioned)
            {
                user.ChangeStatus(UserStatus.Deprovisioned, now);
            }

            return (user.ToJson(baseUrl), null);
        }
    }

    /// <summary>The demo user's claims for tokens: id, profile and group names; null for an unknown or inactive login.</summary>
    public (string Id, JsonObject Profile, List<string> Groups)? SignInIdentity(string login)
    {
        lock (gate)
        {
            if (FindUser(login) is not { Status: UserStatus.Active } user)
            {
                return null;
            }

            var names = groups.Where(g => g.Members.Contains(user.Id)).Select(g => g.Name).ToList();
            return (user.Id, (JsonObject)user.Profile.DeepClone(), names);
        }
    }

    public bool CheckPassword(string login, string password)
    {
        lock (gate)
        {
            return FindUser(login) is { Password: { } expected } && expected == password;
        }
    }

    private SimUser? FindUser(string idOrLogin) =>
        users.Find(u => u.Id == idOrLogin)
        ?? users.Find(u => string.Equals(u.Login, idOrLogin, StringComparison.OrdinalIgnoreCase))
        ?? users.Find(u => string.Equals(u.Login.Split('@')[0], idOrLogin, StringComparison.OrdinalIgnoreCase));

    private SimUser AddUser(JsonObject profile, string login, string? password, string status, DateTimeOffset now)
    {
        var user = new SimUser
        {
            Id = OktaIds.New("00u"),
            Login = login,
            Profile = profile,
            Created = now,
            Password = password,
            PasswordChanged = password is null ? null : now,
            Activated = status == UserStatus.Staged ? null : now,
            StatusChanged = now,
            LastUpdated = now,
            Status = status,
        };
        users.Add(user);
        return user;
    }

    private static JsonObject Profile(string login, string firstName, string lastName) => new()
    {
        ["firstName"] = firstName,
        ["lastName"] = lastName,
        ["mobilePhone"] = null,
        ["secondEmail"] = null,
        ["login"] = login,
        ["email"] = login,
    };

    private static (List<JsonObject> Page, string? NextAfter) Page(List<JsonObject> all, string? after, int limit)
    {
        var start = after is null ? 0 : all.FindIndex(o => o["id"]!.GetValue<string>() == after) + 1;
        var page = all.Skip(start).Take(limit).ToList();
        var next = start + page.Count < all.Count && page.Count > 0 ? page[^1]["id"]!.GetValue<string>() : null;
        return (page, next);
    }
}

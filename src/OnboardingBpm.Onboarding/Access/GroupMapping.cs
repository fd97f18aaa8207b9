namespace OnboardingBpm.Onboarding.Access;

/// <summary>
/// How Okta groups become roles and segments: a configured table of role groups, and a prefix for segment groups
/// (<c>segment-enterprise</c> assigns the enterprise segment). Groups the table does not name give nothing, so a
/// new group in Okta never grants access by accident.
/// </summary>
public sealed class GroupMapping
{
    public const string Section = "Access:Groups";

    /// <summary>Okta group name to application role.</summary>
    public Dictionary<string, string> RoleGroups { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bpm-agents"] = Roles.Agent,
        ["bpm-supervisors"] = Roles.Supervisor,
        ["bpm-process-owners"] = Roles.ProcessOwner,
        ["bpm-platform-engineers"] = Roles.PlatformEngineer,
        ["bpm-product-managers"] = Roles.ProductManager,
        ["bpm-admins"] = Roles.Admin,
    };

    /// <summary>Groups named with this prefix assign the segment after it.</summary>
    public string SegmentGroupPrefix { get; set; } = "segment-";

    /// <summary>The customer segments the application knows; a segment group for another name assigns nothing.</summary>
    public List<string> Segments { get; set; } = ["enterprise", "mid-market", "smb"];

    public AccessGrant Resolve(IEnumerable<string> groups)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        var segments = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (RoleGroups.TryGetValue(group, out var role) && Roles.All.Contains(role))
            {
                roles.Add(role);
            }
            else if (group.StartsWith(SegmentGroupPrefix, StringComparison.OrdinalIgnoreCase)
                && Segments.FirstOrDefault(s => string.Equals(s, group[SegmentGroupPrefix.Length..], StringComparison.OrdinalIgnoreCase)) is { } segment)
            {
                segments.Add(segment);
            }
        }

        return new AccessGrant(roles.ToList(), segments.ToList());
    }
}

/// <summary>What a user may do: their roles, and the segments an agent is assigned to.</summary>
public sealed record AccessGrant(IReadOnlyList<string> Roles, IReadOnlyList<string> Segments)
{
    /// <summary>Supervisors, platform engineers, product managers and admins see every segment.</summary>
    public bool SeesAllSegments => Roles.Any(r => r is Access.Roles.Supervisor or Access.Roles.PlatformEngineer or Access.Roles.ProductManager or Access.Roles.Admin);

    public bool CanSee(string? segment) => SeesAllSegments || (segment is not null && Segments.Contains(segment, StringComparer.OrdinalIgnoreCase));
}

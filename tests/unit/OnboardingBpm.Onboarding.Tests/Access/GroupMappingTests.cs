using OnboardingBpm.Onboarding.Access;

namespace OnboardingBpm.Onboarding.Tests.Access;

public sealed class GroupMappingTests
{
    private readonly GroupMapping mapping = new();

    [Fact]
    public void an_agent_gets_the_agent_role_and_only_the_segments_of_their_groups()
    {
        var grant = mapping.Resolve(["Everyone", "bpm-agents", "segment-enterprise"]);

        Assert.Equal([Roles.Agent], grant.Roles);
        Assert.Equal(["enterprise"], grant.Segments);
        Assert.True(grant.CanSee("enterprise"));
        Assert.False(grant.CanSee("smb"));
        Assert.False(grant.CanSee(null));
    }

    [Fact]
    public void a_supervisor_sees_every_segment_without_segment_groups()
    {
        var grant = mapping.Resolve(["bpm-supervisors"]);

        Assert.True(grant.SeesAllSegments);
        Assert.True(grant.CanSee("smb"));
    }

    [Fact]
    public void unknown_groups_and_unknown_segments_grant_nothing()
    {
        var grant = mapping.Resolve(["bpm-superusers", "segment-galactic", "Admins"]);

        Assert.Empty(grant.Roles);
        Assert.Empty(grant.Segments);
        Assert.False(grant.CanSee("galactic"));
    }

    [Fact]
    public void a_role_table_entry_naming_a_role_that_does_not_exist_grants_nothing()
    {
        mapping.RoleGroups["bpm-typo"] = "Superuser";

        Assert.Empty(mapping.Resolve(["bpm-typo"]).Roles);
    }
}

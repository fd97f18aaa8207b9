namespace OnboardingBpm.Onboarding.Access;

public static class AccessGrantScope
{
    /// <summary>The store filter for this user: every segment for the roles that see all, else the assigned ones.</summary>
    public static SegmentScope Scope(this AccessGrant grant) => grant.SeesAllSegments ? SegmentScope.All : new SegmentScope(grant.Segments);
}

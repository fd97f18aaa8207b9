using OnboardingBpm.Integrations.Sync;

namespace OnboardingBpm.Integrations.Tests.Sync;

public sealed class CrmSyncPlanTests
{
    private static SyncCase Case(string id, string? email = "ada@example.com", string? segment = "enterprise") =>
        new(id, "0001", $"txn-{id}", email, segment, "New", "2026-01-05T09:00:00.000+0000");

    [Fact]
    public void a_case_whose_contact_has_no_okta_user_is_repaired_by_provisioning()
    {
        var actions = CrmSyncPlan.Decide([Case("1")], new Dictionary<string, SyncIdentity?>());

        var action = Assert.Single(actions);
        Assert.Equal(SyncActionKind.ProvisionUser, action.Kind);
        Assert.Equal("okta-user-missing", action.Reason);
    }

    [Theory]
    [InlineData("ACTIVE")]
    [InlineData("PROVISIONED")]
    public void an_activated_user_in_the_segment_group_needs_nothing(string status)
    {
        var identities = new Dictionary<string, SyncIdentity?> { ["ada@example.com"] = new("00u1", status, InSegmentGroup: true) };

        Assert.Empty(CrmSyncPlan.Decide([Case("1", email: "Ada@Example.com")], identities));
    }

    [Theory]
    [InlineData("STAGED", true, "okta-user-not-activated")]
    [InlineData("ACTIVE", false, "okta-group-missing")]
    [InlineData("PROVISIONED", false, "okta-group-missing")]
    public void pending_activation_or_a_missing_group_is_repaired(string status, bool inGroup, string reason)
    {
        var identities = new Dictionary<string, SyncIdentity?> { ["ada@example.com"] = new("00u1", status, inGroup) };

        var action = Assert.Single(CrmSyncPlan.Decide([Case("1")], identities));

        Assert.Equal(SyncActionKind.ProvisionUser, action.Kind);
        Assert.Equal(reason, action.Reason);
    }

    [Theory]
    [InlineData("SUSPENDED")]
    [InlineData("DEPROVISIONED")]
    [InlineData("LOCKED_OUT")]
    public void a_blocked_user_on_an_open_case_is_flagged_for_a_person_not_reactivated(string status)
    {
        var identities = new Dictionary<string, SyncIdentity?> { ["ada@example.com"] = new("00u1", status, InSegmentGroup: true) };

        var action = Assert.Single(CrmSyncPlan.Decide([Case("1")], identities));

        Assert.Equal(SyncActionKind.Flag, action.Kind);
        Assert.Contains(status, action.Reason);
    }

    [Fact]
    public void a_case_without_email_or_segment_is_flagged_as_incomplete_data()
    {
        var actions = CrmSyncPlan.Decide([Case("1", email: null), Case("2", segment: " ")], new Dictionary<string, SyncIdentity?>());

        Assert.All(actions, a => Assert.Equal(SyncActionKind.Flag, a.Kind));
        Assert.All(actions, a => Assert.StartsWith("incomplete-data", a.Reason));
        Assert.Equal(["1", "2"], actions.Select(a => a.Case.CaseId));
    }

    [Fact]
    public void the_status_message_id_changes_only_when_the_case_changes()
    {
        var first = CrmSyncPlan.StatusMessageId(Case("1"));

        Assert.Equal(first, CrmSyncPlan.StatusMessageId(Case("1")));
        Assert.NotEqual(first, CrmSyncPlan.StatusMessageId(Case("1") with { Status = "Working" }));
        Assert.NotEqual(first, CrmSyncPlan.StatusMessageId(Case("1") with { LastModified = "2026-01-05T09:15:00.000+0000" }));
    }
}

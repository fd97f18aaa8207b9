using OnboardingBpm.Onboarding.Audit;

namespace OnboardingBpm.Onboarding.Tests.Audit;

public sealed class AuditLogContractTests
{
    [Fact]
    public void the_audit_log_contract_offers_append_and_query_only()
    {
        Assert.Equal(["AppendAsync", "QueryAsync"], typeof(IAuditLog).GetMethods().Select(m => m.Name).Order());
    }

    [Fact]
    public async Task an_entry_appended_again_under_its_id_keeps_the_first_version()
    {
        var log = new InMemoryAuditLog();
        var entry = new AuditEntry { At = DateTimeOffset.UnixEpoch, Actor = "ada", Action = AuditAction.Read, ResourceKind = AuditResources.Case, ResourceId = "c-1", Segment = "smb" };

        Assert.True(await log.AppendAsync(entry));
        Assert.False(await log.AppendAsync(entry with { Actor = "mallory" }));

        Assert.Equal("ada", Assert.Single((await log.QueryAsync(new AuditQuery(SegmentScope.All))).Items).Actor);
    }
}

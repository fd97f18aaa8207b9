using System.Data.Common;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Audit;

namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>The audit log: append, query by resource and actor with paging, and nothing else.</summary>
public abstract partial class WorkflowStoreCompliance
{
    private IAuditLog Audit => Service<IAuditLog>();

    [Fact]
    public async Task audit_entries_are_queried_by_resource_and_by_actor_newest_first_in_pages()
    {
        for (var i = 0; i < 5; i++)
        {
            await Audit.AppendAsync(Entry($"a-{i}", "ada", "case-1", Segments.Smb, i));
        }

        await Audit.AppendAsync(Entry("b-0", "bob", "case-2", Segments.Enterprise, 10));

        var page = await Audit.QueryAsync(new AuditQuery(SegmentScope.All) { ResourceKind = AuditResources.Case, ResourceId = "case-1", Skip = 1, Take = 2 });
        Assert.Equal(5, page.Total);
        Assert.Equal(["a-3", "a-2"], page.Items.Select(e => e.Id));
        Assert.Equal(["b-0"], (await Audit.QueryAsync(new AuditQuery(SegmentScope.All) { Actor = "bob" })).Items.Select(e => e.Id));
        Assert.Empty((await Audit.QueryAsync(new AuditQuery(SegmentScope.Only(Segments.Smb)) { Actor = "bob" })).Items);
        var first = (await Audit.QueryAsync(new AuditQuery(SegmentScope.All) { Actor = "ada", Take = 1 })).Items[0];
        Assert.Equal(Entry("a-4", "ada", "case-1", Segments.Smb, 4), first);
    }

    [Fact]
    public async Task the_audit_log_cannot_be_changed_through_the_store_nor_with_sql()
    {
        Assert.True(await Audit.AppendAsync(Entry("a-1", "ada", "case-1", Segments.Smb, 0)));

        Assert.False(await Audit.AppendAsync(Entry("a-1", "mallory", "case-9", Segments.Smb, 1)));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteRawAsync("UPDATE audit_log SET actor = 'mallory'"));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteRawAsync("DELETE FROM audit_log"));

        var stored = Assert.Single((await Audit.QueryAsync(new AuditQuery(SegmentScope.All))).Items);
        Assert.Equal(("ada", "case-1"), (stored.Actor, stored.ResourceId));
    }

    private AuditEntry Entry(string id, string actor, string resourceId, string segment, int minutes) => new()
    {
        Id = id,
        At = Engine.Clock.GetUtcNow().AddMinutes(minutes),
        Actor = actor,
        Role = "Agent",
        Segment = segment,
        Action = AuditAction.Read,
        ResourceKind = AuditResources.Case,
        ResourceId = resourceId,
        Detail = "opened the case",
    };
}

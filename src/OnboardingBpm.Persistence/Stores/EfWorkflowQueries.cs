using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Stores;

/// <summary>Reads of instances, bookmarks, journal, incidents and tasks; task claims with a revision check.</summary>
public sealed class EfWorkflowQueries(WorkflowContexts contexts) : IWorkflowInstanceStore, IBookmarkStore, IJournalStore, IIncidentStore, IHumanTaskStore
{
    public async Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var state = await db.Instances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.State).FirstOrDefaultAsync(cancellationToken);
        return state is null ? null : RowMapping.Read<WorkflowInstance>(state);
    }

    public async Task<Page<WorkflowInstanceSummary>> ListAsync(InstanceFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var query = db.Instances.AsNoTracking().AsQueryable();
        if (filter.DefinitionId is not null)
        {
            query = query.Where(i => i.DefinitionId == filter.DefinitionId);
        }

        if (filter.Version is not null)
        {
            query = query.Where(i => i.DefinitionVersion == filter.Version);
        }

        if (filter.Status is not null)
        {
            var status = filter.Status.Value.ToString();
            query = query.Where(i => i.Status == status);
        }

        if (filter.CorrelationId is not null)
        {
            query = query.Where(i => i.CorrelationId == filter.CorrelationId);
        }

        if (filter.CreatedFrom is not null)
        {
            query = query.Where(i => i.CreatedAt >= filter.CreatedFrom);
        }

        if (filter.CreatedTo is not null)
        {
            query = query.Where(i => i.CreatedAt < filter.CreatedTo);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = filter.Take == 0 ? [] : await query.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id).Skip(filter.Skip).Take(filter.Take)
            .Select(i => new { i.Id, i.DefinitionId, i.DefinitionVersion, i.Status, i.CorrelationId, i.CreatedAt, i.UpdatedAt, i.FinishedAt })
            .ToListAsync(cancellationToken);
        return new Page<WorkflowInstanceSummary>(
            rows.Select(r => new WorkflowInstanceSummary(r.Id, r.DefinitionId, r.DefinitionVersion, Enum.Parse<WorkflowStatus>(r.Status), r.CorrelationId, r.CreatedAt, r.UpdatedAt, r.FinishedAt)).ToList(),
            total);
    }

    async Task<Bookmark?> IBookmarkStore.FindAsync(string bookmarkId, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var row = await db.Bookmarks.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookmarkId, cancellationToken);
        return row is null ? null : RowMapping.ToBookmark(row);
    }

    public async Task<IReadOnlyList<Bookmark>> FindByHashAsync(string hash, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = await db.Bookmarks.AsNoTracking().Where(b => b.Hash == hash).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
        return rows.Select(RowMapping.ToBookmark).ToList();
    }

    public async Task<IReadOnlyList<Bookmark>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = await db.Bookmarks.AsNoTracking().Where(b => b.DueAt != null && b.DueAt <= now).OrderBy(b => b.DueAt).Take(max).ToListAsync(cancellationToken);
        return rows.Select(RowMapping.ToBookmark).ToList();
    }

    /// <summary>
    /// One statement claims the batch. On PostgreSQL <c>FOR UPDATE SKIP LOCKED</c> lets several schedulers claim
    /// disjoint batches at once; SQLite has a single writer, so the update alone is enough.
    /// </summary>
    public async Task<IReadOnlyList<Bookmark>> ClaimDueAsync(DateTimeOffset now, int max, string owner, DateTimeOffset claimUntil, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        List<string> ids;
        if (contexts.IsPostgres)
        {
            var at = now.ToUniversalTime();
            var until = claimUntil.ToUniversalTime();
            ids = await db.Database.SqlQuery<string>($"""
                UPDATE workflow_bookmarks SET claimed_by = {owner}, claimed_until = {until}
                WHERE id IN (SELECT id FROM workflow_bookmarks
                             WHERE due_at IS NOT NULL AND due_at <= {at} AND (claimed_until IS NULL OR claimed_until < {at})
                             ORDER BY due_at LIMIT {max} FOR UPDATE SKIP LOCKED)
                RETURNING id AS "Value"
                """).ToListAsync(cancellationToken);
        }
        else
        {
            var at = now.UtcTicks;
            var until = claimUntil.UtcTicks;
            ids = await db.Database.SqlQuery<string>($"""
                UPDATE workflow_bookmarks SET claimed_by = {owner}, claimed_until = {until}
                WHERE id IN (SELECT id FROM workflow_bookmarks
                             WHERE due_at IS NOT NULL AND due_at <= {at} AND (claimed_until IS NULL OR claimed_until < {at})
                             ORDER BY due_at LIMIT {max})
                RETURNING id AS "Value"
                """).ToListAsync(cancellationToken);
        }

        var rows = await db.Bookmarks.AsNoTracking().Where(b => ids.Contains(b.Id)).OrderBy(b => b.DueAt).ToListAsync(cancellationToken);
        return rows.Select(RowMapping.ToBookmark).ToList();
    }

    public async Task<Page<JournalEntry>> ListAsync(string instanceId, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var query = db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId);
        var total = await query.CountAsync(cancellationToken);
        var entries = await query.OrderBy(j => j.Sequence).Skip(skip).Take(take).Select(j => j.Entry).ToListAsync(cancellationToken);
        return new Page<JournalEntry>(entries.Select(RowMapping.Read<JournalEntry>).ToList(), total);
    }

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.Journal.Where(j => j.RecordedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    async Task<Incident?> IIncidentStore.FindAsync(string incidentId, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var json = await db.Incidents.AsNoTracking().Where(i => i.Id == incidentId).Select(i => i.Incident).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : RowMapping.Read<Incident>(json);
    }

    public async Task<IReadOnlyList<Incident>> ListAsync(string? instanceId, bool openOnly, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var query = db.Incidents.AsNoTracking().AsQueryable();
        if (instanceId is not null)
        {
            query = query.Where(i => i.InstanceId == instanceId);
        }

        if (openOnly)
        {
            query = query.Where(i => i.ResolvedAt == null);
        }

        var rows = await query.OrderBy(i => i.CreatedAt).Select(i => i.Incident).ToListAsync(cancellationToken);
        return rows.Select(RowMapping.Read<Incident>).ToList();
    }

    async Task<HumanTask?> IHumanTaskStore.FindAsync(string taskId, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var json = await db.Tasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => t.Task).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : RowMapping.Read<HumanTask>(json);
    }

    public async Task<Page<HumanTask>> ListAsync(TaskFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var query = db.Tasks.AsNoTracking().AsQueryable();
        if (filter.ActiveOnly)
        {
            var active = new[] { nameof(HumanTaskStatus.Open), nameof(HumanTaskStatus.Claimed) };
            query = query.Where(t => active.Contains(t.Status));
        }

        if (filter.Status is not null)
        {
            var status = filter.Status.Value.ToString();
            query = query.Where(t => t.Status == status);
        }

        if (filter.Segments is not null)
        {
            var segments = filter.Segments.ToList();
            query = query.Where(t => t.Segment != null && segments.Contains(t.Segment));
        }

        if (filter.CandidateRole is not null)
        {
            query = query.Where(t => t.CandidateRole == filter.CandidateRole);
        }

        if (filter.CandidateRoles is not null)
        {
            var roles = filter.CandidateRoles.ToList();
            query = query.Where(t => t.CandidateRole == null || roles.Contains(t.CandidateRole));
        }

        if (filter.Assignee is not null)
        {
            query = query.Where(t => t.Assignee == filter.Assignee);
        }

        if (filter.InstanceId is not null)
        {
            query = query.Where(t => t.InstanceId == filter.InstanceId);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .Skip(filter.Skip).Take(filter.Take).Select(t => t.Task).ToListAsync(cancellationToken);
        return new Page<HumanTask>(rows.Select(RowMapping.Read<HumanTask>).ToList(), total);
    }

    public async Task UpdateAsync(HumanTask task, long expectedRevision, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = RowMapping.ToRow(task);
        var updated = await db.Tasks.Where(t => t.Id == task.Id && t.Revision == expectedRevision)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Segment, row.Segment)
                .SetProperty(t => t.CandidateRole, row.CandidateRole)
                .SetProperty(t => t.Assignee, row.Assignee)
                .SetProperty(t => t.Status, row.Status)
                .SetProperty(t => t.DueAt, row.DueAt)
                .SetProperty(t => t.Revision, row.Revision)
                .SetProperty(t => t.Task, row.Task), cancellationToken);
        if (updated == 0)
        {
            throw new ConcurrencyConflictException($"Task {task.Id} was changed by another writer.");
        }
    }
}

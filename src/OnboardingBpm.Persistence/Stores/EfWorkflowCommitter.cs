using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Stores;

/// <summary>
/// Writes a burst in one transaction: the instance row only if its revision is still the one loaded
/// (optimistic concurrency), then bookmarks, journal, incidents, tasks and outbox. A conflict rolls
/// everything back.
/// </summary>
public sealed class EfWorkflowCommitter(WorkflowContexts contexts) : IWorkflowCommitter
{
    public async Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var instance = commit.Instance;
        var row = RowMapping.ToRow(instance);
        if (commit.ExpectedRevision is null)
        {
            if (await db.Instances.AnyAsync(i => i.Id == instance.Id, cancellationToken))
            {
                throw new ConcurrencyConflictException($"Instance {instance.Id} already exists.");
            }

            db.Instances.Add(row);
        }
        else
        {
            var expected = commit.ExpectedRevision.Value;
            var updated = await db.Instances
                .Where(i => i.Id == instance.Id && i.Revision == expected)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.Status, row.Status)
                    .SetProperty(i => i.CorrelationId, row.CorrelationId)
                    .SetProperty(i => i.UpdatedAt, row.UpdatedAt)
                    .SetProperty(i => i.FinishedAt, row.FinishedAt)
                    .SetProperty(i => i.Revision, row.Revision)
                    .SetProperty(i => i.State, row.State), cancellationToken);
            if (updated == 0)
            {
                throw new ConcurrencyConflictException($"Instance {instance.Id} was changed by another writer.");
            }
        }

        var removed = commit.RemovedBookmarks.Select(b => b.Id).ToList();
        if (removed.Count > 0)
        {
            await db.Bookmarks.Where(b => removed.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        db.Bookmarks.AddRange(commit.AddedBookmarks.Select(RowMapping.ToRow));
        db.Journal.AddRange(commit.Journal.Select(e => new JournalRow { InstanceId = e.InstanceId, Sequence = e.Sequence, RecordedAt = e.CompletedAt, Entry = RowMapping.Json(e) }));
        await UpsertIncidentsAsync(db, commit.Incidents, cancellationToken);
        db.Tasks.AddRange(commit.Tasks.Select(RowMapping.ToRow));
        await ApplyTaskUpdatesAsync(db, commit, cancellationToken);
        db.Outbox.AddRange(commit.Outbox.Select(RowMapping.ToRow));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // A duplicate key here means another writer inserted the same instance first.
            throw new ConcurrencyConflictException($"Instance {instance.Id} could not be committed: {ex.InnerException?.Message ?? ex.Message}");
        }
    }

    private static async Task UpsertIncidentsAsync(WorkflowDbContext db, IReadOnlyList<Incident> incidents, CancellationToken cancellationToken)
    {
        if (incidents.Count == 0)
        {
            return;
        }

        var ids = incidents.Select(i => i.Id).ToList();
        var existing = await db.Incidents.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        foreach (var incident in incidents)
        {
            if (existing.TryGetValue(incident.Id, out var row))
            {
                row.ResolvedAt = incident.ResolvedAt;
                row.Incident = RowMapping.Json(incident);
            }
            else
            {
                db.Incidents.Add(RowMapping.ToRow(incident));
            }
        }
    }

    private static async Task ApplyTaskUpdatesAsync(WorkflowDbContext db, WorkflowCommit commit, CancellationToken cancellationToken)
    {
        if (commit.TaskUpdates.Count == 0)
        {
            return;
        }

        var ids = commit.TaskUpdates.Select(u => u.TaskId).Distinct().ToList();
        var rows = await db.Tasks.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var created = commit.Tasks.ToDictionary(t => t.Id);
        foreach (var update in commit.TaskUpdates)
        {
            if (rows.TryGetValue(update.TaskId, out var row))
            {
                RowMapping.CopyTo(TaskUpdates.Apply(RowMapping.Read<HumanTask>(row.Task), update, commit.Instance.UpdatedAt), row);
            }
            else if (created.TryGetValue(update.TaskId, out var task))
            {
                // A task created and changed in the same burst (withdrawn at once by a WaitAny join).
                var changed = TaskUpdates.Apply(task, update, commit.Instance.UpdatedAt);
                var pending = db.Tasks.Local.First(t => t.Id == task.Id);
                RowMapping.CopyTo(changed, pending);
            }
        }
    }
}

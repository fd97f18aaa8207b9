using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;

namespace OnboardingBpm.Workflows.Stores.InMemory;

/// <summary>Bookmarks, journal, incidents, tasks and outbox.</summary>
public sealed partial class InMemoryWorkflowStore
{
    Task<Bookmark?> IBookmarkStore.FindAsync(string bookmarkId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(bookmarks.GetValueOrDefault(bookmarkId));
        }
    }

    public Task<IReadOnlyList<Bookmark>> FindByHashAsync(string hash, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Bookmark>>(bookmarks.Values.Where(b => b.Hash == hash).OrderBy(b => b.CreatedAt).ToList());
        }
    }

    public Task<IReadOnlyList<Bookmark>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Bookmark>>(bookmarks.Values.Where(b => b.DueAt <= now).OrderBy(b => b.DueAt).Take(max).ToList());
        }
    }

    public Task<IReadOnlyList<Bookmark>> ClaimDueAsync(DateTimeOffset now, int max, string owner, DateTimeOffset claimUntil, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var claimed = bookmarks.Values
                .Where(b => b.DueAt <= now && (!claims.TryGetValue(b.Id, out var claim) || claim.Until < now))
                .OrderBy(b => b.DueAt).Take(max).ToList();
            foreach (var bookmark in claimed)
            {
                claims[bookmark.Id] = (owner, claimUntil);
            }

            return Task.FromResult<IReadOnlyList<Bookmark>>(claimed);
        }
    }

    public Task<Page<JournalEntry>> ListAsync(string instanceId, int skip, int take, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var entries = journal.GetValueOrDefault(instanceId) ?? [];
            return Task.FromResult(new Page<JournalEntry>(entries.OrderBy(e => e.Sequence).Skip(skip).Take(take).ToList(), entries.Count));
        }
    }

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var purged = 0;
            foreach (var entries in journal.Values)
            {
                purged += entries.RemoveAll(e => e.CompletedAt < before);
            }

            return Task.FromResult(purged);
        }
    }

    Task<Incident?> IIncidentStore.FindAsync(string incidentId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(incidents.GetValueOrDefault(incidentId));
        }
    }

    public Task<IReadOnlyList<Incident>> ListAsync(string? instanceId, bool openOnly, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Incident>>(incidents.Values
                .Where(i => instanceId is null || i.InstanceId == instanceId)
                .Where(i => !openOnly || i.IsOpen)
                .OrderBy(i => i.CreatedAt).ToList());
        }
    }

    Task<HumanTask?> IHumanTaskStore.FindAsync(string taskId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(tasks.GetValueOrDefault(taskId));
        }
    }

    public Task<Page<HumanTask>> ListAsync(TaskFilter filter, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var matches = tasks.Values
                .Where(t => !filter.ActiveOnly || t.IsActive)
                .Where(t => filter.Status is null || t.Status == filter.Status)
                .Where(t => filter.Segments is null || (t.Segment is not null && filter.Segments.Contains(t.Segment)))
                .Where(t => filter.CandidateRole is null || t.CandidateRole == filter.CandidateRole)
                .Where(t => filter.CandidateRoles is null || t.CandidateRole is null || filter.CandidateRoles.Contains(t.CandidateRole))
                .Where(t => filter.Assignee is null || t.Assignee == filter.Assignee)
                .Where(t => filter.InstanceId is null || t.InstanceId == filter.InstanceId)
                .OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(new Page<HumanTask>(matches.Skip(filter.Skip).Take(filter.Take).ToList(), matches.Count));
        }
    }

    public Task UpdateAsync(HumanTask task, long expectedRevision, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!tasks.TryGetValue(task.Id, out var current) || current.Revision != expectedRevision)
            {
                throw new ConcurrencyConflictException($"Task {task.Id} was changed by another writer.");
            }

            tasks[task.Id] = task;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxMessage>> ListPendingAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<OutboxMessage>>(outbox.Values
                .Where(e => !e.Dispatched && (e.LeaseUntil is null || e.LeaseUntil <= now))
                .Select(e => e.Message).OrderBy(m => m.CreatedAt).Take(max).ToList());
        }
    }

    public Task<bool> TryClaimAsync(string messageId, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!outbox.TryGetValue(messageId, out var entry) || entry.Dispatched || entry.LeaseUntil > now)
            {
                return Task.FromResult(false);
            }

            entry.LeaseOwner = owner;
            entry.LeaseUntil = leaseUntil;
            return Task.FromResult(true);
        }
    }

    public Task MarkDispatchedAsync(string messageId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (outbox.TryGetValue(messageId, out var entry))
            {
                entry.Dispatched = true;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Instance leases exist only in durable stores (one process needs none), so none are released here.</summary>
    public Task<ReleasedClaims> ReleaseAllAsync(string owner, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var timers = claims.Where(c => c.Value.Owner == owner).Select(c => c.Key).ToList();
            foreach (var id in timers)
            {
                claims.Remove(id);
            }

            var messages = outbox.Values.Where(e => !e.Dispatched && e.LeaseOwner == owner).ToList();
            foreach (var entry in messages)
            {
                entry.LeaseOwner = null;
                entry.LeaseUntil = null;
            }

            return Task.FromResult(new ReleasedClaims(timers.Count, messages.Count, InstanceLeases: 0));
        }
    }
}

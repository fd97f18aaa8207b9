using System.Text.Json;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;

namespace OnboardingBpm.Workflows.Stores.InMemory;

/// <summary>
/// Every engine store in process memory, for the engine's own tests and benchmarks. It behaves like a
/// database where it matters: commits are atomic and revision-checked, and reads return copies, so a burst
/// that is not committed changes nothing.
/// </summary>
public sealed partial class InMemoryWorkflowStore : IWorkflowCommitter, IWorkflowInstanceStore, IBookmarkStore, IJournalStore, IIncidentStore, IHumanTaskStore, IOutboxStore, IResumeInbox, IClaimStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (string Json, WorkflowInstanceSummary Summary)> instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bookmark> bookmarks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Owner, DateTimeOffset Until)> claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JournalEntry>> journal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Incident> incidents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HumanTask> tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OutboxEntry> outbox = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingResume> inbox = new(StringComparer.Ordinal);

    public Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken = default)
    {
        var instance = commit.Instance;
        var json = JsonSerializer.Serialize(instance, WorkflowJson.Options);
        lock (gate)
        {
            var exists = instances.TryGetValue(instance.Id, out var current);
            if (commit.ExpectedRevision is null ? exists : !exists || Revision(current.Json) != commit.ExpectedRevision)
            {
                throw new ConcurrencyConflictException($"Instance {instance.Id} was changed by another writer.");
            }

            instances[instance.Id] = (json, Summarise(instance));
            foreach (var bookmark in commit.RemovedBookmarks)
            {
                bookmarks.Remove(bookmark.Id);
                claims.Remove(bookmark.Id);
            }

            foreach (var bookmark in commit.AddedBookmarks)
            {
                bookmarks[bookmark.Id] = bookmark;
            }

            if (!journal.TryGetValue(instance.Id, out var entries))
            {
                journal[instance.Id] = entries = [];
            }

            entries.AddRange(commit.Journal);
            foreach (var incident in commit.Incidents)
            {
                incidents[incident.Id] = incident;
            }

            foreach (var task in commit.Tasks)
            {
                tasks[task.Id] = task;
            }

            foreach (var update in commit.TaskUpdates)
            {
                if (tasks.TryGetValue(update.TaskId, out var task))
                {
                    tasks[task.Id] = TaskUpdates.Apply(task, update, instance.UpdatedAt);
                }
            }

            foreach (var message in commit.Outbox)
            {
                outbox[message.Id] = new OutboxEntry(message);
            }
        }

        return Task.CompletedTask;
    }

    public Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        string? json;
        lock (gate)
        {
            json = instances.TryGetValue(instanceId, out var row) ? row.Json : null;
        }

        return Task.FromResult(json is null ? null : JsonSerializer.Deserialize<WorkflowInstance>(json, WorkflowJson.Options));
    }

    public Task<Page<WorkflowInstanceSummary>> ListAsync(InstanceFilter filter, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var matches = instances.Values.Select(r => r.Summary)
                .Where(s => filter.DefinitionId is null || s.DefinitionId == filter.DefinitionId)
                .Where(s => filter.Version is null || s.DefinitionVersion == filter.Version)
                .Where(s => filter.Status is null || s.Status == filter.Status)
                .Where(s => filter.CorrelationId is null || s.CorrelationId == filter.CorrelationId)
                .Where(s => filter.CreatedFrom is null || s.CreatedAt >= filter.CreatedFrom)
                .Where(s => filter.CreatedTo is null || s.CreatedAt < filter.CreatedTo)
                .OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(new Page<WorkflowInstanceSummary>(matches.Skip(filter.Skip).Take(filter.Take).ToList(), matches.Count));
        }
    }

    /// <summary>How many instances are held: benchmarks use it to check that nothing leaks.</summary>
    public int InstanceCount
    {
        get
        {
            lock (gate)
            {
                return instances.Count;
            }
        }
    }

    public Task EnqueueAsync(PendingResume resume, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            inbox[resume.Id] = resume;
        }

        return Task.CompletedTask;
    }

    Task<IReadOnlyList<PendingResume>> IResumeInbox.ListAsync(int max, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<PendingResume>>(inbox.Values.OrderBy(r => r.CreatedAt).Take(max).ToList());
        }
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            inbox.Remove(id);
        }

        return Task.CompletedTask;
    }

    private static long Revision(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("revision").GetInt64();
    }

    private static WorkflowInstanceSummary Summarise(WorkflowInstance i) =>
        new(i.Id, i.DefinitionId, i.DefinitionVersion, i.Status, i.CorrelationId, i.CreatedAt, i.UpdatedAt, i.FinishedAt);

    private sealed class OutboxEntry(OutboxMessage message)
    {
        public OutboxMessage Message { get; } = message;
        public string? LeaseOwner { get; set; }
        public DateTimeOffset? LeaseUntil { get; set; }
        public bool Dispatched { get; set; }
    }
}

using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.HumanTasks;

namespace OnboardingBpm.Workflows.Execution;

/// <summary>
/// Everything one burst changed. A store writes it in one transaction, or not at all: the instance row
/// (checked against <see cref="ExpectedRevision"/>), bookmarks, journal, incidents, tasks and outbox.
/// </summary>
public sealed class WorkflowCommit
{
    public required WorkflowInstance Instance { get; init; }

    /// <summary>The revision the instance had when loaded; null for a new instance.</summary>
    public long? ExpectedRevision { get; init; }

    public List<Bookmark> AddedBookmarks { get; } = [];
    public List<Bookmark> RemovedBookmarks { get; } = [];
    public List<JournalEntry> Journal { get; } = [];
    public List<Incident> Incidents { get; } = [];
    public List<HumanTask> Tasks { get; } = [];
    public List<TaskUpdate> TaskUpdates { get; } = [];
    public List<OutboxMessage> Outbox { get; } = [];
}

/// <summary>Thrown by a store when another writer committed the instance first.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);

using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;

namespace OnboardingBpm.Workflows.Stores;

/// <summary>Writes a burst atomically; see <see cref="WorkflowCommit"/>.</summary>
public interface IWorkflowCommitter
{
    /// <exception cref="ConcurrencyConflictException">The instance changed since it was loaded.</exception>
    Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken = default);
}

public interface IWorkflowInstanceStore
{
    Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default);

    Task<Page<WorkflowInstanceSummary>> ListAsync(InstanceFilter filter, CancellationToken cancellationToken = default);
}

public interface IBookmarkStore
{
    Task<Bookmark?> FindAsync(string bookmarkId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Bookmark>> FindByHashAsync(string hash, CancellationToken cancellationToken = default);

    /// <summary>Timer-like bookmarks due at or before <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<Bookmark>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> due bookmarks for <paramref name="owner"/> until <paramref name="claimUntil"/>:
    /// schedulers in other processes skip them meanwhile, so each fires on one node. A claim that is not
    /// followed by a resume (the node died) expires and the bookmark is claimed again.
    /// </summary>
    Task<IReadOnlyList<Bookmark>> ClaimDueAsync(DateTimeOffset now, int max, string owner, DateTimeOffset claimUntil, CancellationToken cancellationToken = default);
}

public interface IJournalStore
{
    Task<Page<JournalEntry>> ListAsync(string instanceId, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Deletes entries recorded before <paramref name="before"/>; returns how many went.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}

public interface IIncidentStore
{
    Task<Incident?> FindAsync(string incidentId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Incident>> ListAsync(string? instanceId, bool openOnly, CancellationToken cancellationToken = default);
}

public interface IHumanTaskStore
{
    Task<HumanTask?> FindAsync(string taskId, CancellationToken cancellationToken = default);

    Task<Page<HumanTask>> ListAsync(TaskFilter filter, CancellationToken cancellationToken = default);

    /// <exception cref="ConcurrencyConflictException">The task changed since <paramref name="expectedRevision"/>.</exception>
    Task UpdateAsync(HumanTask task, long expectedRevision, CancellationToken cancellationToken = default);
}

/// <summary>
/// Outbox messages are claimed with a lease before dispatch: a dispatcher that dies leaves the message to be
/// claimed again when the lease ends, so each message is dispatched at least once and handlers are idempotent.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Messages not dispatched whose lease (if any) has ended.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListPendingAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>Leases the message to <paramref name="owner"/> (a node's id) unless it is dispatched or leased to someone else.</summary>
    Task<bool> TryClaimAsync(string messageId, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    Task MarkDispatchedAsync(string messageId, CancellationToken cancellationToken = default);
}

/// <summary>
/// Resumes that could not run because another process held the instance: kept durably and applied by the
/// scheduler once the instance is free, so a resume is never dropped.
/// </summary>
public interface IResumeInbox
{
    Task EnqueueAsync(PendingResume resume, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PendingResume>> ListAsync(int max, CancellationToken cancellationToken = default);

    Task DeleteAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>
/// Hands back what one node holds: its claims on due timers, its leases on outbox messages and its leases on
/// instances. A node shutting down calls it last, so other nodes take that work at once instead of waiting for
/// the claims to expire. Rows claimed by other owners are left alone; a burned bookmark or a dispatched message
/// is finished work and stays as it is.
/// </summary>
public interface IClaimStore
{
    Task<ReleasedClaims> ReleaseAllAsync(string owner, CancellationToken cancellationToken = default);
}

/// <summary>How many claims <see cref="IClaimStore.ReleaseAllAsync"/> gave back, by kind.</summary>
public sealed record ReleasedClaims(int Timers, int OutboxMessages, int InstanceLeases)
{
    public int Total => Timers + OutboxMessages + InstanceLeases;
}

public sealed record PendingResume(string Id, string BookmarkId, string? Payload, DateTimeOffset CreatedAt);

public sealed record Page<T>(IReadOnlyList<T> Items, int Total);

public sealed record WorkflowInstanceSummary(
    string Id,
    string DefinitionId,
    int DefinitionVersion,
    WorkflowStatus Status,
    string? CorrelationId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt);

public sealed record InstanceFilter
{
    public string? DefinitionId { get; init; }
    public int? Version { get; init; }
    public WorkflowStatus? Status { get; init; }
    public string? CorrelationId { get; init; }
    public DateTimeOffset? CreatedFrom { get; init; }
    public DateTimeOffset? CreatedTo { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}

public sealed record TaskFilter
{
    public IReadOnlyCollection<string>? Segments { get; init; }
    public string? CandidateRole { get; init; }

    /// <summary>Tasks offered to one of these roles, or to no role in particular (an inbox of a user with several roles).</summary>
    public IReadOnlyCollection<string>? CandidateRoles { get; init; }

    public string? Assignee { get; init; }
    public string? InstanceId { get; init; }
    public bool ActiveOnly { get; init; } = true;

    /// <summary>Only tasks in this status, e.g. <see cref="HumanTaskStatus.Open"/> for the ones nobody claimed yet.</summary>
    public HumanTaskStatus? Status { get; init; }

    /// <summary>Pages of a list sorted by due time, then creation, then id: a tie never repeats or skips a task across pages.</summary>
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}

using OnboardingBpm.Workflows.Triggers;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Workflows.Stores;

public interface IWorkflowDefinitionStore
{
    Task<DefinitionVersion?> FindVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    /// <summary>The newest version that is published and not retracted: the one new starts use.</summary>
    Task<DefinitionVersion?> FindLatestPublishedAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>The newest version whatever its status: publishing compares against it.</summary>
    Task<DefinitionVersion?> FindLatestAsync(string definitionId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DefinitionVersion>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken = default);

    Task<DefinitionDraft?> FindDraftAsync(string definitionId, CancellationToken cancellationToken = default);

    Task SaveDraftAsync(DefinitionDraft draft, CancellationToken cancellationToken = default);

    Task DeleteDraftAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Adds a version and makes <paramref name="triggers"/> the definition's triggers; fails with <see cref="Execution.ConcurrencyConflictException"/> if that number exists.</summary>
    Task AddVersionAsync(DefinitionVersion version, IReadOnlyList<Trigger> triggers, CancellationToken cancellationToken = default);

    /// <summary>Marks a version retracted and replaces the definition's triggers with <paramref name="triggers"/>.</summary>
    Task RetractAsync(string definitionId, int version, DateTimeOffset at, IReadOnlyList<Trigger> triggers, CancellationToken cancellationToken = default);
}

public interface ITriggerStore
{
    Task<IReadOnlyList<Trigger>> FindByHashAsync(string hash, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Trigger>> ListAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Cron triggers whose next occurrence is at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Trigger>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Moves a cron trigger to its next occurrence; false if another scheduler moved it first.</summary>
    Task<bool> AdvanceAsync(Trigger trigger, DateTimeOffset? nextDueAt, CancellationToken cancellationToken = default);
}

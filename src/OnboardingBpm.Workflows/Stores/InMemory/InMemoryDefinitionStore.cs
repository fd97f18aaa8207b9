using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Triggers;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Workflows.Stores.InMemory;

/// <summary>Definition versions, drafts and the trigger index in memory.</summary>
public sealed class InMemoryDefinitionStore : IWorkflowDefinitionStore, ITriggerStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, SortedList<int, DefinitionVersion>> versions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DefinitionDraft> drafts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Trigger>> triggers = new(StringComparer.Ordinal);

    public Task<DefinitionVersion?> FindVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(versions.TryGetValue(definitionId, out var list) ? list.GetValueOrDefault(version) : null);
        }
    }

    public Task<DefinitionVersion?> FindLatestPublishedAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(versions.TryGetValue(definitionId, out var list)
                ? list.Values.LastOrDefault(v => v.Status == VersionStatus.Published)
                : null);
        }
    }

    public Task<DefinitionVersion?> FindLatestAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(versions.TryGetValue(definitionId, out var list) ? list.Values.LastOrDefault() : null);
        }
    }

    public Task<IReadOnlyList<DefinitionVersion>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<DefinitionVersion>>(versions.TryGetValue(definitionId, out var list) ? list.Values.ToList() : []);
        }
    }

    public Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var ids = versions.Keys.Union(drafts.Keys).Order(StringComparer.Ordinal);
            return Task.FromResult<IReadOnlyList<DefinitionSummary>>(ids.Select(id =>
            {
                var list = versions.GetValueOrDefault(id);
                var latest = list?.Values.LastOrDefault();
                var draft = drafts.GetValueOrDefault(id);
                return new DefinitionSummary(
                    id,
                    latest?.Name ?? id,
                    latest?.Description,
                    latest?.Version,
                    list?.Values.LastOrDefault(v => v.Status == VersionStatus.Published)?.Version,
                    draft is not null,
                    draft?.UpdatedAt ?? latest?.PublishedAt ?? default);
            }).ToList());
        }
    }

    public Task<DefinitionDraft?> FindDraftAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(drafts.GetValueOrDefault(definitionId));
        }
    }

    public Task SaveDraftAsync(DefinitionDraft draft, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            drafts[draft.DefinitionId] = draft;
        }

        return Task.CompletedTask;
    }

    public Task DeleteDraftAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            drafts.Remove(definitionId);
        }

        return Task.CompletedTask;
    }

    public Task AddVersionAsync(DefinitionVersion version, IReadOnlyList<Trigger> newTriggers, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!versions.TryGetValue(version.DefinitionId, out var list))
            {
                versions[version.DefinitionId] = list = [];
            }

            if (!list.TryAdd(version.Version, version))
            {
                throw new ConcurrencyConflictException($"Version {version.Version} of '{version.DefinitionId}' already exists.");
            }

            triggers[version.DefinitionId] = [.. newTriggers];
        }

        return Task.CompletedTask;
    }

    public Task RetractAsync(string definitionId, int version, DateTimeOffset at, IReadOnlyList<Trigger> replacement, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var list = versions[definitionId];
            list[version] = list[version] with { Status = VersionStatus.Retracted, RetractedAt = at };
            triggers[definitionId] = [.. replacement];
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Trigger>> FindByHashAsync(string hash, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Trigger>>(triggers.Values.SelectMany(t => t).Where(t => t.Hash == hash).ToList());
        }
    }

    public Task<IReadOnlyList<Trigger>> ListAllAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Trigger>>(Snapshot());

    public Task<IReadOnlyList<Trigger>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Trigger>>(Snapshot().Where(t => t.NextDueAt <= now).ToList());

    public Task<bool> AdvanceAsync(Trigger trigger, DateTimeOffset? nextDueAt, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!triggers.TryGetValue(trigger.DefinitionId, out var list))
            {
                return Task.FromResult(false);
            }

            var index = list.FindIndex(t => t.Id == trigger.Id && t.NextDueAt == trigger.NextDueAt);
            if (index < 0)
            {
                return Task.FromResult(false);
            }

            list[index] = trigger with { NextDueAt = nextDueAt };
            return Task.FromResult(true);
        }
    }

    private List<Trigger> Snapshot()
    {
        lock (gate)
        {
            return triggers.Values.SelectMany(t => t).ToList();
        }
    }
}

using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Stores;
using OnboardingBpm.Workflows.Triggers;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Persistence.Stores;

/// <summary>Definition versions, drafts and the trigger index; a version and its triggers change together.</summary>
public sealed class EfDefinitionStore(WorkflowContexts contexts) : IWorkflowDefinitionStore, ITriggerStore
{
    private static readonly string Published = nameof(VersionStatus.Published);

    public async Task<DefinitionVersion?> FindVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.DefinitionVersions.AsNoTracking().FirstOrDefaultAsync(v => v.DefinitionId == definitionId && v.Version == version, cancellationToken);
        return row is null ? null : RowMapping.ToVersion(row);
    }

    public async Task<DefinitionVersion?> FindLatestPublishedAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.DefinitionVersions.AsNoTracking().Where(v => v.DefinitionId == definitionId && v.Status == Published)
            .OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : RowMapping.ToVersion(row);
    }

    public async Task<DefinitionVersion?> FindLatestAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.DefinitionVersions.AsNoTracking().Where(v => v.DefinitionId == definitionId)
            .OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : RowMapping.ToVersion(row);
    }

    public async Task<IReadOnlyList<DefinitionVersion>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = await db.DefinitionVersions.AsNoTracking().Where(v => v.DefinitionId == definitionId).OrderBy(v => v.Version).ToListAsync(cancellationToken);
        return rows.Select(RowMapping.ToVersion).ToList();
    }

    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var versions = await db.DefinitionVersions.AsNoTracking()
            .Select(v => new { v.DefinitionId, v.Version, v.Name, v.Description, v.Status, v.PublishedAt })
            .ToListAsync(cancellationToken);
        var drafts = await db.Drafts.AsNoTracking().Select(d => new { d.DefinitionId, d.UpdatedAt }).ToDictionaryAsync(d => d.DefinitionId, d => d.UpdatedAt, cancellationToken);
        var byId = versions.GroupBy(v => v.DefinitionId).ToDictionary(g => g.Key, g => g.OrderBy(v => v.Version).ToList());
        return byId.Keys.Union(drafts.Keys).Order(StringComparer.Ordinal).Select(id =>
        {
            var list = byId.GetValueOrDefault(id);
            var latest = list?.LastOrDefault();
            var hasDraft = drafts.TryGetValue(id, out var draftAt);
            return new DefinitionSummary(id, latest?.Name ?? id, latest?.Description, latest?.Version,
                list?.LastOrDefault(v => v.Status == Published)?.Version, hasDraft, hasDraft ? draftAt : latest?.PublishedAt ?? default);
        }).ToList();
    }

    public async Task<DefinitionDraft?> FindDraftAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.Drafts.AsNoTracking().FirstOrDefaultAsync(d => d.DefinitionId == definitionId, cancellationToken);
        return row is null ? null : new DefinitionDraft { DefinitionId = row.DefinitionId, Json = row.Json, UpdatedAt = row.UpdatedAt, UpdatedBy = row.UpdatedBy };
    }

    public async Task SaveDraftAsync(DefinitionDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.Drafts.FirstOrDefaultAsync(d => d.DefinitionId == draft.DefinitionId, cancellationToken);
        if (row is null)
        {
            db.Drafts.Add(new DraftRow { DefinitionId = draft.DefinitionId, Json = draft.Json, UpdatedAt = draft.UpdatedAt, UpdatedBy = draft.UpdatedBy });
        }
        else
        {
            row.Json = draft.Json;
            row.UpdatedAt = draft.UpdatedAt;
            row.UpdatedBy = draft.UpdatedBy;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteDraftAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        await db.Drafts.Where(d => d.DefinitionId == definitionId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task AddVersionAsync(DefinitionVersion version, IReadOnlyList<Trigger> triggers, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.DefinitionVersions.AnyAsync(v => v.DefinitionId == version.DefinitionId && v.Version == version.Version, cancellationToken))
        {
            throw new ConcurrencyConflictException($"Version {version.Version} of '{version.DefinitionId}' already exists.");
        }

        db.DefinitionVersions.Add(RowMapping.ToRow(version));
        await ReplaceTriggersAsync(db, version.DefinitionId, triggers, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            throw new ConcurrencyConflictException($"Version {version.Version} of '{version.DefinitionId}' could not be added: {ex.InnerException?.Message ?? ex.Message}");
        }
    }

    public async Task RetractAsync(string definitionId, int version, DateTimeOffset at, IReadOnlyList<Trigger> triggers, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var retracted = nameof(VersionStatus.Retracted);
        await db.DefinitionVersions.Where(v => v.DefinitionId == definitionId && v.Version == version)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, retracted).SetProperty(v => v.RetractedAt, at), cancellationToken);
        await ReplaceTriggersAsync(db, definitionId, triggers, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Trigger>> FindByHashAsync(string hash, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return (await db.Triggers.AsNoTracking().Where(t => t.Hash == hash).ToListAsync(cancellationToken)).Select(RowMapping.ToTrigger).ToList();
    }

    public async Task<IReadOnlyList<Trigger>> ListAllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return (await db.Triggers.AsNoTracking().ToListAsync(cancellationToken)).Select(RowMapping.ToTrigger).ToList();
    }

    public async Task<IReadOnlyList<Trigger>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return (await db.Triggers.AsNoTracking().Where(t => t.NextDueAt != null && t.NextDueAt <= now).ToListAsync(cancellationToken)).Select(RowMapping.ToTrigger).ToList();
    }

    /// <summary>The conditional update is the claim: of several schedulers, only one moves the trigger on.</summary>
    public async Task<bool> AdvanceAsync(Trigger trigger, DateTimeOffset? nextDueAt, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var due = trigger.NextDueAt;
        var moved = await db.Triggers.Where(t => t.Id == trigger.Id && t.NextDueAt == due)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.NextDueAt, nextDueAt), cancellationToken);
        return moved == 1;
    }

    private static async Task ReplaceTriggersAsync(WorkflowDbContext db, string definitionId, IReadOnlyList<Trigger> triggers, CancellationToken cancellationToken)
    {
        await db.Triggers.Where(t => t.DefinitionId == definitionId).ExecuteDeleteAsync(cancellationToken);
        db.Triggers.AddRange(triggers.Select(RowMapping.ToRow));
    }
}

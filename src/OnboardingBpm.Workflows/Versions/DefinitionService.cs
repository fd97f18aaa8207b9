using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Triggers;
using OnboardingBpm.Workflows.Validation;

namespace OnboardingBpm.Workflows.Versions;

/// <summary>What a publish or import did.</summary>
public enum PublishOutcome
{
    Published,

    /// <summary>The content equals the newest version: no new version was made.</summary>
    Unchanged,
}

public sealed record PublishResult(PublishOutcome Outcome, DefinitionVersion Version, IReadOnlyList<ValidationProblem> Warnings);

/// <summary>
/// Drafts and versions. Publishing validates, gives the next version number, stores the snapshot that
/// instances will run on and re-indexes triggers. Nothing invalid is published; identical content is
/// recognised by hash and does not make a new version.
/// </summary>
public sealed class DefinitionService(WorkflowStores stores, WorkflowValidator validator, WorkflowGraphCache graphs, TimeProvider time)
{
    public ValidationResult Validate(string json) => validator.Validate(json);

    /// <summary>Saves the working copy. It may be invalid; the problems come back with it.</summary>
    public async Task<(DefinitionDraft Draft, ValidationResult Validation)> SaveDraftAsync(string json, string? user, CancellationToken cancellationToken = default)
    {
        var validation = validator.Validate(json);
        var (definition, _) = DefinitionReader.Read(json);
        if (definition is null || definition.DefinitionId.Length == 0 || validation.Problems.Any(p => p.Path is "$" or "$.definitionId"))
        {
            throw new WorkflowValidationException("A draft needs at least valid JSON and a definitionId.", validation.Errors.ToList());
        }

        var draft = new DefinitionDraft { DefinitionId = definition.DefinitionId, Json = json, UpdatedAt = time.GetUtcNow(), UpdatedBy = user };
        await stores.Definitions.SaveDraftAsync(draft, cancellationToken);
        return (draft, validation);
    }

    /// <summary>Publishes the draft of <paramref name="definitionId"/> as the next version.</summary>
    public async Task<PublishResult> PublishDraftAsync(string definitionId, string? user, CancellationToken cancellationToken = default)
    {
        var draft = await stores.Definitions.FindDraftAsync(definitionId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Workflow '{definitionId}' has no draft to publish.");
        var result = await PublishAsync(draft.Json, user, cancellationToken);
        await stores.Definitions.DeleteDraftAsync(definitionId, cancellationToken);
        return result;
    }

    /// <summary>Validates and publishes <paramref name="json"/> (an import, a file from workflows/, or a draft).</summary>
    public async Task<PublishResult> PublishAsync(string json, string? user, CancellationToken cancellationToken = default)
    {
        var validation = validator.Validate(json);
        var (definition, _) = DefinitionReader.Read(json);
        if (!validation.IsValid || definition is null)
        {
            throw new WorkflowValidationException("The workflow definition is not valid; nothing was published.", validation.Errors.ToList());
        }

        var warnings = validation.Problems.Where(p => p.Severity == ProblemSeverity.Warning).ToList();
        var hash = ContentHash(definition);
        for (var attempt = 1; ; attempt++)
        {
            var latest = await stores.Definitions.FindLatestAsync(definition.DefinitionId, cancellationToken);
            if (latest is not null && latest.ContentHash == hash && latest.Status == VersionStatus.Published)
            {
                return new PublishResult(PublishOutcome.Unchanged, latest, warnings);
            }

            var now = time.GetUtcNow();
            var number = (latest?.Version ?? 0) + 1;
            var snapshot = definition with { Version = number };
            var version = new DefinitionVersion
            {
                DefinitionId = definition.DefinitionId,
                Version = number,
                Name = definition.Name,
                Description = definition.Description,
                Json = JsonSerializer.Serialize(snapshot, WorkflowJson.Indented),
                ContentHash = hash,
                PublishedAt = now,
                PublishedBy = user,
            };
            var graph = graphs.Add(version);
            try
            {
                await stores.Definitions.AddVersionAsync(version, TriggerIndexer.For(graph, number, now), cancellationToken);
                return new PublishResult(PublishOutcome.Published, version, warnings);
            }
            catch (ConcurrencyConflictException) when (attempt < 3)
            {
                // Someone published the same number first: look again.
            }
        }
    }

    /// <summary>Retracts a version: new starts use the newest version still published; running instances go on.</summary>
    public async Task RetractAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        var stored = await stores.Definitions.FindVersionAsync(definitionId, version, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Workflow '{definitionId}' has no version {version}.");
        if (stored.Status == VersionStatus.Retracted)
        {
            throw new WorkflowConflictException($"Version {version} of '{definitionId}' is already retracted.");
        }

        var now = time.GetUtcNow();
        var remaining = (await stores.Definitions.ListVersionsAsync(definitionId, cancellationToken))
            .Where(v => v.Status == VersionStatus.Published && v.Version != version)
            .MaxBy(v => v.Version);
        var triggers = remaining is null
            ? []
            : TriggerIndexer.For(await graphs.GetAsync(definitionId, remaining.Version, cancellationToken), remaining.Version, now);
        await stores.Definitions.RetractAsync(definitionId, version, now, triggers, cancellationToken);
    }

    /// <summary>A hash of what the definition does and shows, ignoring its version number and $schema.</summary>
    public static string ContentHash(WorkflowDefinition definition)
    {
        var canonical = JsonSerializer.Serialize(definition with { Version = 0, Schema = null }, WorkflowJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

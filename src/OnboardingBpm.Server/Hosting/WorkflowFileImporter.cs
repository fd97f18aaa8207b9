using Microsoft.Extensions.Options;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Server.Hosting;

/// <summary>
/// Publishes every definition file under the workflows folder at startup: a new or changed file becomes a
/// new version, an unchanged one does not. An invalid file is logged with all its problems and skipped,
/// so one bad file does not keep the server down.
/// </summary>
internal sealed class WorkflowFileImporter(DefinitionService definitions, IOptions<WorkflowHostOptions> options, ILogger<WorkflowFileImporter> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ImportOnStartup)
        {
            return;
        }

        var folder = Path.GetFullPath(options.Value.Directory, AppContext.BaseDirectory);
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Workflow folder {Folder} does not exist; nothing imported", folder);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var result = await definitions.PublishAsync(await File.ReadAllTextAsync(file, cancellationToken), "workflows/", cancellationToken);
                logger.LogInformation("{File}: {Outcome} {DefinitionId} v{Version}", Path.GetFileName(file), result.Outcome, result.Version.DefinitionId, result.Version.Version);
            }
            catch (WorkflowValidationException ex)
            {
                logger.LogError("{File} was not published: {Problems}", Path.GetFileName(file), string.Join("; ", ex.Problems.Select(p => $"{p.Path}: {p.Message}")));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

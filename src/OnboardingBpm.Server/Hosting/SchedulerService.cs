using Microsoft.Extensions.Options;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Hosting;

/// <summary>Runs the engine's scheduler for the life of the server.</summary>
internal sealed class SchedulerService(WorkflowScheduler scheduler, IOptions<WorkflowHostOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        scheduler.RunAsync(options.Value.SchedulerInterval, stoppingToken);
}

using Microsoft.Extensions.Options;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Hosting;

/// <summary>
/// Runs the engine's scheduler for the life of the server, and shuts it down gracefully: when the host begins to
/// stop (SIGTERM), the node drains at once (the scheduler claims nothing new, readiness answers 503), the bursts in
/// flight get <see cref="WorkflowHostOptions.ShutdownTimeout"/> to finish, and then everything the node still
/// holds is handed back so the other nodes take it at their next pass instead of waiting for claims to expire.
/// </summary>
internal sealed class SchedulerService(
    WorkflowScheduler scheduler,
    WorkflowNode node,
    IHostApplicationLifetime lifetime,
    IOptions<WorkflowHostOptions> options,
    ILogger<SchedulerService> logger) : IHostedService, IDisposable
{
    /// <summary>How long the hand-back may take; it is three UPDATE statements.</summary>
    public static readonly TimeSpan HandBackTimeout = TimeSpan.FromSeconds(5);

    // Cancelled ShutdownTimeout after draining began: it cuts off the bursts in flight.
    private readonly CancellationTokenSource cutOff = new();
    private CancellationTokenRegistration onStopping;
    private Task loop = Task.CompletedTask;
    private int drainStarted;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // ApplicationStopping fires before any hosted service stops (the web server stops first and may wait for
        // requests): draining must start then, not when this service's turn to stop comes.
        onStopping = lifetime.ApplicationStopping.Register(BeginDrain);
        loop = Task.Run(() => scheduler.RunAsync(options.Value.SchedulerInterval, cutOff.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        BeginDrain();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("The bursts in flight did not finish within {Timeout} and were cut off; their stimuli are handed back", options.Value.ShutdownTimeout);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The scheduler loop failed while draining");
        }

        // The host's own deadline may have passed while the web server drained: the hand-back gets its own.
        using var handBack = new CancellationTokenSource(HandBackTimeout);
        try
        {
            await scheduler.HandBackAsync(handBack.Token);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not hand back this node's claims; the other nodes take them when they expire");
        }
    }

    private void BeginDrain()
    {
        if (Interlocked.Exchange(ref drainStarted, 1) == 1)
        {
            return;
        }

        logger.LogInformation("Draining node {Node}: no new timers, outbox messages or queued resumes are claimed; the bursts in flight have {Timeout} to finish", node.Id, options.Value.ShutdownTimeout);
        node.BeginDrain();
        cutOff.CancelAfter(options.Value.ShutdownTimeout);
    }

    public void Dispose()
    {
        onStopping.Dispose();
        cutOff.Dispose();
    }
}

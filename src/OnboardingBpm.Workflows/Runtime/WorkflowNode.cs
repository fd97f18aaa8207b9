namespace OnboardingBpm.Workflows.Runtime;

/// <summary>
/// This process as one of several servers on a database: the name it writes into claim and lease columns, and
/// whether it still takes new work. A node that drains (it is shutting down) finishes what it runs, claims
/// nothing new and then hands back what it still holds (<see cref="Stores.IClaimStore"/>).
/// </summary>
public sealed class WorkflowNode : IDisposable
{
    private readonly CancellationTokenSource draining = new();

    public WorkflowNode(string? id = null) =>
        Id = string.IsNullOrWhiteSpace(id) ? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}" : id;

    /// <summary>Unique per process, so a restarted server never inherits the claims of the one before.</summary>
    public string Id { get; }

    public bool IsDraining => draining.IsCancellationRequested;

    /// <summary>Cancelled when draining begins: wakes the scheduler from its pause.</summary>
    public CancellationToken Draining => draining.Token;

    /// <summary>Stops claiming timers, outbox messages and queued resumes; idempotent.</summary>
    public void BeginDrain()
    {
        if (!draining.IsCancellationRequested)
        {
            draining.Cancel();
        }
    }

    public void Dispose() => draining.Dispose();
}

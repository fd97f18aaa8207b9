using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Runtime;

/// <summary>
/// Handles outbox messages of one <see cref="Type"/> that the engine does not know (an email to send, an alert
/// to raise). Runs after the burst committed, at least once: a handler must be idempotent, keyed on the
/// message id. Throwing leaves the message pending for the scheduler's next sweep.
/// </summary>
public interface IOutboxHandler
{
    string Type { get; }

    Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}

using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Runtime;

/// <summary>
/// Hears of every burst once it is committed (new tasks to announce, for instance). Best effort, on the node that
/// committed: an observer's failure is logged and never undoes or fails the commit; durable side effects belong
/// in the outbox instead.
/// </summary>
public interface ICommitObserver
{
    Task OnCommittedAsync(WorkflowCommit commit, CancellationToken cancellationToken);
}

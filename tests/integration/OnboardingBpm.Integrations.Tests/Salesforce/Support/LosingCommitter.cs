using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Stores;
using OnboardingBpm.Workflows.Stores.InMemory;

namespace OnboardingBpm.Integrations.Tests.Salesforce.Support;

/// <summary>
/// The in-memory store whose first commit is lost, as when the process dies after the vendor call and before
/// the step's commit: nothing of that burst is stored, so the work runs again.
/// </summary>
internal sealed class LosingCommitter(InMemoryWorkflowStore store) : IWorkflowCommitter
{
    private int commits;

    public int Lost { get; private set; }

    public Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref commits) == 1)
        {
            Lost++;
            throw new IOException("The connection to the database was lost before the commit.");
        }

        return store.CommitAsync(commit, cancellationToken);
    }
}

namespace OnboardingBpm.Workflows.Execution;

/// <summary>What a burst produced: the commit to write and, for HTTP-started runs, the response to send.</summary>
public sealed record BurstResult(WorkflowCommit Commit, WorkflowHttpResponse? HttpResponse)
{
    public WorkflowInstance Instance => Commit.Instance;
}

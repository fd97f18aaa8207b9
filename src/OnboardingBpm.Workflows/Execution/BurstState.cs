using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Execution;

/// <summary>The working state of one burst: the instance being advanced, its queue and what to commit.</summary>
internal sealed class BurstState(
    WorkflowGraph graph,
    WorkflowInstance instance,
    WorkflowCommit commit,
    DateTimeOffset now,
    ExpressionEvaluator evaluator,
    IServiceProvider services)
{
    public WorkflowGraph Graph { get; } = graph;
    public WorkflowInstance Instance { get; } = instance;
    public WorkflowCommit Commit { get; } = commit;
    public DateTimeOffset Now { get; } = now;
    public ExpressionEvaluator Evaluator { get; } = evaluator;
    public IServiceProvider Services { get; } = services;
    public LinkedList<WorkItem> Queue { get; } = new();
    public WorkflowHttpResponse? HttpResponse { get; set; }
    public bool Finished { get; set; }

    /// <summary>Cancelled when the host shuts down; activities that call out pass it on.</summary>
    public CancellationToken Cancellation { get; set; }
    public string NewId() => Guid.CreateVersion7(Now).ToString("N");

    public long NextJournalSequence() => ++Instance.JournalCount;

    public string NextExecutionId() => (++Instance.ExecutionCount).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.HumanTasks;

namespace OnboardingBpm.Workflows.Execution;

/// <summary>Side effects an activity asks for; all are applied with the burst's commit.</summary>
public sealed partial class ActivityExecutionContext
{
    private readonly List<HumanTask> newTasks = [];
    private readonly List<TaskUpdate> taskUpdates = [];
    private readonly List<OutboxMessage> outbox = [];
    private readonly List<string> logs = [];

    internal IReadOnlyList<HumanTask> NewTasks => newTasks;
    internal IReadOnlyList<TaskUpdate> TaskUpdates => taskUpdates;
    internal IReadOnlyList<OutboxMessage> OutboxMessages => outbox;
    internal IReadOnlyList<string> Logs => logs;
    internal bool CancelUpstreamRequested { get; private set; }

    public void AddTask(HumanTask task) => newTasks.Add(task);

    public void UpdateTask(TaskUpdate update) => taskUpdates.Add(update);

    /// <summary>Queues a message that is dispatched only after this burst commits.</summary>
    public void AddOutboxMessage(string type, JsonObject payload) => outbox.Add(new OutboxMessage
    {
        Id = burst.NewId(),
        Type = type,
        InstanceId = Instance.Id,
        Payload = payload,
        CreatedAt = Now,
    });

    public void Log(string message) => logs.Add(message);

    public void SetHttpResponse(WorkflowHttpResponse response) => burst.HttpResponse = response;

    /// <summary>Withdraws every other token and bookmark that could still reach this activity (a WaitAny join).</summary>
    public void CancelOtherTokensReachingThis() => CancelUpstreamRequested = true;

    /// <summary>State this node keeps across its executions within the instance.</summary>
    public T? GetNodeState<T>() =>
        Instance.ActivityStates.TryGetValue(Activity.Node.Id, out var node) && node is not null
            ? node.Deserialize<T>(WorkflowJson.Options)
            : default;

    public void SetNodeState<T>(T? state)
    {
        if (state is null)
        {
            Instance.ActivityStates.Remove(Activity.Node.Id);
        }
        else
        {
            Instance.ActivityStates[Activity.Node.Id] = JsonSerializer.SerializeToNode(state, WorkflowJson.Options);
        }
    }
}

/// <summary>A change to an existing human task made by its workflow (completed, escalated, cancelled).</summary>
public sealed record TaskUpdate(string TaskId, HumanTaskStatus? Status)
{
    public string? Outcome { get; init; }
    public JsonObject? Data { get; init; }
    public string? CompletedBy { get; init; }
    public DateTimeOffset? EscalatedAt { get; init; }
}

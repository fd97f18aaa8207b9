using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Execution;

/// <summary>
/// What an activity sees and does during one execution step. Changes (bookmarks, outcomes, tasks, outbox
/// messages) are staged here and applied by the executor only when the step succeeds, so a faulted
/// attempt leaves no half-made bookmarks behind.
/// </summary>
public sealed partial class ActivityExecutionContext
{
    private readonly BurstState burst;
    private readonly WorkItem item;
    private readonly List<string> emitted = [];
    private readonly List<Bookmark> newBookmarks = [];
    private readonly Dictionary<string, JsonNode?> evaluatedInputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonNode?> outputs = new(StringComparer.Ordinal);

    internal ActivityExecutionContext(BurstState burst, CompiledActivity activity, WorkItem item, string executionId)
    {
        this.burst = burst;
        this.item = item;
        Activity = activity;
        ExecutionId = executionId;
    }

    public CompiledActivity Activity { get; }
    public WorkflowInstance Instance => burst.Instance;
    public WorkflowGraph Graph => burst.Graph;
    public string ExecutionId { get; }
    public int Attempt => item.Attempt;
    public DateTimeOffset Now => burst.Now;
    public IServiceProvider Services => burst.Services;

    /// <summary>Cancelled when the host shuts down; pass it to calls that leave the process.</summary>
    public CancellationToken CancellationToken => burst.Cancellation;

    /// <summary>The bookmark being resumed, when this step is a resume.</summary>
    public Bookmark? ResumedBookmark => item.Bookmark;

    /// <summary>The stimulus payload: the resume payload, or the trigger's data on a triggered start.</summary>
    public JsonNode? Payload => item.Payload;

    /// <summary>True when a trigger started the instance at this activity; the activity completes at once.</summary>
    public bool IsTriggerStart => item.IsTriggerStart;

    /// <summary>The connection the token came along (a Join needs it).</summary>
    public Connection? ArrivedVia => item.ArrivedVia;

    /// <summary>
    /// Stable across retries and crash replays of this execution: vendor writes carry it, so a repeat
    /// updates instead of duplicating.
    /// </summary>
    public string IdempotencyKey => $"{Instance.Id}:{ExecutionId}";

    /// <summary>The key a workflow author gave in <paramref name="input"/>, else <see cref="IdempotencyKey"/>.</summary>
    public string KeyOrIdempotencyKey(Input<string?> input) => Get(input) is { Length: > 0 } given ? given : IdempotencyKey;

    /// <summary>Whether this execution has ended (<see cref="Complete"/> or <see cref="CompleteSilently"/> was called).</summary>
    public bool IsCompleted { get; private set; }
    internal IReadOnlyList<string> Outcomes { get; private set; } = [];
    internal IReadOnlyList<string> Emitted => emitted;
    internal IReadOnlyList<Bookmark> NewBookmarks => newBookmarks;
    internal bool FinishRequested { get; private set; }
    internal IReadOnlyDictionary<string, JsonNode?> EvaluatedInputs => evaluatedInputs;
    internal IReadOnlyDictionary<string, JsonNode?> Outputs => outputs;

    /// <summary>Evaluates an input; the result is recorded for the journal's input summary.</summary>
    public T Get<T>(Input<T> input)
    {
        var json = Evaluate(input.Value);
        evaluatedInputs[input.Name] = json;
        if (!ValueConverter.TryConvert(json, typeof(T), out var value, out var error))
        {
            throw new ActivityFaultException($"Input '{input.Name}': {error}");
        }

        return (T)value!;
    }

    public JsonNode? Evaluate(InputValue value) => burst.Evaluator.Evaluate(value, CreateScope());

    public string Render(string template) => burst.Evaluator.Templates.Render(template, CreateScope());

    public void Set<T>(Output<T> output, T value)
    {
        var json = ValueConverter.ToJson(value);
        outputs[output.Name] = json;
        var target = Activity.Node.Outputs?.FirstOrDefault(o => string.Equals(o.Key, output.Name, StringComparison.OrdinalIgnoreCase)).Value;
        if (!string.IsNullOrEmpty(target))
        {
            SetVariable(target, json);
        }
    }

    public JsonNode? GetVariable(string name) => Instance.Variables.GetValueOrDefault(name)?.DeepClone();

    public void SetVariable(string name, JsonNode? value) => Instance.Variables[name] = value?.DeepClone();

    /// <summary>Ends this execution and sends a token along each of the outcome ports.</summary>
    public void Complete(params string[] outcomes)
    {
        IsCompleted = true;
        Outcomes = outcomes.Length == 0 ? [ConnectionEndpoint.DefaultPort] : outcomes;
    }

    /// <summary>Ends this execution without sending a token on (a Join that is still waiting).</summary>
    public void CompleteSilently()
    {
        IsCompleted = true;
        Outcomes = [];
    }

    /// <summary>Sends a token along <paramref name="outcome"/> while the execution keeps waiting (a non-interrupting escalation).</summary>
    public void Emit(string outcome) => emitted.Add(outcome);

    public Bookmark CreateBookmark(string type, string? correlationKey = null, JsonNode? payload = null, DateTimeOffset? dueAt = null)
    {
        var bookmark = new Bookmark
        {
            Id = burst.NewId(),
            InstanceId = Instance.Id,
            ActivityId = Activity.Node.Id,
            ExecutionId = ExecutionId,
            Type = type,
            CorrelationKey = correlationKey,
            Hash = BookmarkHash.Compute(type, correlationKey),
            Payload = payload,
            DueAt = dueAt,
            CreatedAt = Now,
        };
        newBookmarks.Add(bookmark);
        return bookmark;
    }

    /// <summary>The bookmarks this execution still holds from earlier steps (the escalation timer of a task).</summary>
    public IReadOnlyList<Bookmark> ExistingBookmarks =>
        Instance.Bookmarks.Where(b => b.ExecutionId == ExecutionId).ToList();

    /// <summary>Ends the whole workflow now: other branches and their bookmarks are withdrawn.</summary>
    public void FinishWorkflow() => FinishRequested = true;

    public string NewId() => burst.NewId();

    internal ExpressionScope CreateScope() => new()
    {
        Variables = Instance.Variables,
        Input = Instance.Input,
        Instance = new JsonObject
        {
            ["id"] = Instance.Id,
            ["definitionId"] = Instance.DefinitionId,
            ["version"] = Instance.DefinitionVersion,
            ["correlationId"] = Instance.CorrelationId,
            ["createdAt"] = Instance.CreatedAt.ToString("O"),
        },
        Payload = item.Payload,
        Now = Now,
    };
}

/// <summary>Thrown by an activity to fault its execution with a plain message (retry policy applies).</summary>
public sealed class ActivityFaultException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>
    /// Retrying cannot help (a vendor rejected the data as invalid): skip the retry policy and raise the
    /// incident at once, so an operator fixes the cause instead of waiting out the retries.
    /// </summary>
    public bool Permanent { get; init; }
}

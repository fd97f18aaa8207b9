using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Benchmarks.Flows;

/// <summary>
/// What instance <c>i</c> of <c>approval.json</c> is given and where it must end. The load harness links this
/// file and the JSON, and tests/benchmarks/peers/bpmn-engine-approval.mjs uses the same amounts and outcomes,
/// so the in-memory, durable and bpmn-engine runs all do the same instances.
/// </summary>
public static class ApprovalShape
{
    public const string DefinitionId = "bench-approval";
    public const string Approve = "Approve";
    public const string Reject = "Reject";

    private static readonly int[] Amounts = [500, 2_000, 8_000];

    public static JsonObject Input(int i) => new() { ["amount"] = Amounts[i % Amounts.Length], ["customer"] = "Customer " + i };

    /// <summary>Even instances are approved, odd ones rejected, so both ends of the gateway are taken.</summary>
    public static string Outcome(int i) => i % 2 == 0 ? Approve : Reject;

    /// <summary>
    /// Throws unless the finished instance ran the service step (amount × 1.2), recorded the task's outcome,
    /// left the gateway on the port that outcome calls for and ended on the matching end: a broken flow fails
    /// instead of looking fast.
    /// </summary>
    public static void Verify(WorkflowInstance instance, IReadOnlyCollection<JournalEntry> journal, int i)
    {
        var outcome = Outcome(i);
        var (expectedPort, expectedEnd) = outcome == Approve ? ("True", "done") : ("False", "declined");
        var amount = instance.Variables.GetValueOrDefault("amount")?.GetValue<double>();
        var decision = instance.Variables.GetValueOrDefault("decision")?.GetValue<string>();
        var completed = journal.Where(e => e.EventType == JournalEventType.Completed).ToList();
        var ports = completed.Where(e => e.ActivityId == "approved").SelectMany(e => e.Outcomes).ToList();
        var ends = completed.Where(e => e.ActivityId is "done" or "declined").Select(e => e.ActivityId).ToList();
        if (instance.Status != WorkflowStatus.Finished
            || amount is not { } value || Math.Abs(value - (Amounts[i % Amounts.Length] * 1.2)) > 1e-9
            || decision != outcome
            || ports is not [var port] || port != expectedPort
            || ends is not [var end] || end != expectedEnd)
        {
            throw new InvalidOperationException(
                $"Approval instance {i} ({instance.Id}) ended wrongly: {instance.Status}, amount {amount}, decision {decision}, " +
                $"gateway [{string.Join(",", ports)}], ends [{string.Join(",", ends)}]; expected {outcome} -> {expectedPort} -> {expectedEnd}.");
        }
    }
}

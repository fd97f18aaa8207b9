using System.Diagnostics;
using OnboardingBpm.Benchmarks.Flows;
using OnboardingBpm.Persistence;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.LoadHarness.Scenarios;

/// <summary>
/// The approval flow of the bpmn-engine comparison (start, service step, user task completed, exclusive
/// choice, end) on a real database, one instance at a time, next to the raw commit rate of the same
/// database for the same rows: the durable half of scripts/benchmark-peers.sh.
/// </summary>
internal static class PeerShapeScenario
{
    public const int DefaultCount = 2_000;
    private const int WarmUp = 100;

    public static async Task RunAsync(HarnessOptions options)
    {
        var count = options.Count ?? DefaultCount;
        var table = new Table("provider", "instances", "raw instances/s", "durable instances/s", "durable/raw");
        foreach (var provider in options.Providers)
        {
            var row = "durable-" + provider.ToString().ToLowerInvariant();
            if (await BenchDatabase.UnreachableReasonAsync(provider) is { } reason)
            {
                Console.WriteLine($"{provider} skipped: {reason}");
                Console.WriteLine($"RESULT row={row} skipped=unreachable");
                continue;
            }

            var raw = await RawApprovalCommits.MeasureAsync(provider, count);
            Console.WriteLine($"raw {provider}: {raw:N1} instances/s");
            var durable = await MeasureDurableAsync(provider, count);
            Console.WriteLine($"durable {provider}: {durable:N1} instances/s, every one on its expected path");
            Console.WriteLine(FormattableString.Invariant($"RESULT row={row} instances={count} per_second={durable:F1} raw_per_second={raw:F1}"));
            table.Add(provider, count, raw, durable, $"{durable / raw:P0}");
        }

        table.Print();
    }

    /// <summary>Approval instances per second, started and completed one after another on a fresh database.</summary>
    private static async Task<double> MeasureDurableAsync(DatabaseProvider provider, int count)
    {
        await using var database = await BenchDatabase.CreateAsync(provider);
        await using var engine = await HarnessEngine.StartAsync(database.Options);
        await engine.Definitions.PublishAsync(Flows.Approval, "bench");
        for (var i = 0; i < WarmUp; i++)
        {
            await VerifyAsync(engine, await RunOneAsync(engine, i), i);
        }

        var finished = new WorkflowInstance[count];
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            finished[i] = await RunOneAsync(engine, i);
        }

        watch.Stop();
        // Checked after the clock stopped: reading the journal back is the benchmark's work, not the engine's.
        for (var i = 0; i < count; i++)
        {
            await VerifyAsync(engine, finished[i], i);
        }

        return count / watch.Elapsed.TotalSeconds;
    }

    private static async Task<WorkflowInstance> RunOneAsync(HarnessEngine engine, int i)
    {
        var started = await engine.Runtime.StartAsync(new StartWorkflowRequest(ApprovalShape.DefinitionId) { Input = ApprovalShape.Input(i) });
        var taskId = started.Instance.Bookmarks.Single(b => b.Type == BookmarkTypes.UserTask).CorrelationKey!;
        var completed = await engine.Tasks.CompleteAsync(taskId, "alice", ApprovalShape.Outcome(i), null);
        return completed.Instance;
    }

    private static async Task VerifyAsync(HarnessEngine engine, WorkflowInstance instance, int i)
    {
        var journal = await engine.Journal.ListAsync(instance.Id, 0, 100);
        ApprovalShape.Verify(instance, journal.Items, i);
    }
}

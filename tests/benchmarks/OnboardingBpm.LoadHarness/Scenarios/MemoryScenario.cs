using System.Diagnostics;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.LoadHarness.Scenarios;

/// <summary>
/// Managed heap and working set as suspended instances pile up: they live in the database, so the engine's
/// memory should stay flat.
/// </summary>
internal static class MemoryScenario
{
    private const int DefaultCount = 100_000;
    private const int CreateWorkers = 4;

    public static async Task RunAsync(HarnessOptions options)
    {
        var count = options.Count ?? DefaultCount;
        int[] checkpoints = [0, count / 10, count / 2, count];
        var table = new Table("provider", "suspended instances", "GC.GetTotalMemory(true) MB", "working set MB");
        foreach (var provider in options.Providers)
        {
            await using var database = await BenchDatabase.CreateAsync(provider);
            await using var engine = await HarnessEngine.StartAsync(database.Options);
            await engine.Definitions.PublishAsync(Flows.Durable, "bench");

            var created = 0;
            foreach (var checkpoint in checkpoints)
            {
                var from = created;
                await Workers.RunAsync(checkpoint - from, CreateWorkers, async item =>
                {
                    var run = await engine.Runtime.StartAsync(new StartWorkflowRequest("bench-durable"));
                    if (run.Instance.Status != WorkflowStatus.Suspended)
                    {
                        throw new InvalidOperationException($"Instance {run.Instance.Id} is {run.Instance.Status}, not suspended");
                    }

                    Progress.Report("suspended", from + item + 1, count);
                });
                created = checkpoint;
                var heap = GC.GetTotalMemory(forceFullCollection: true);
                using var process = Process.GetCurrentProcess();
                table.Add(provider, created, heap / 1_048_576.0, process.WorkingSet64 / 1_048_576.0);
                Console.WriteLine($"{created:N0} suspended: heap {heap / 1_048_576.0:N1} MB, working set {process.WorkingSet64 / 1_048_576.0:N1} MB");
            }
        }

        table.Print();
    }
}

using System.Diagnostics;
using OnboardingBpm.Persistence;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.LoadHarness.Scenarios;

/// <summary>Instances started and resumed through their bookmark on a real database, on 1 and 4 workers.</summary>
internal static class DurableScenario
{
    public const int DefaultCount = 2_000;
    public static readonly int[] WorkerCounts = [1, 4];
    private const int WarmUp = 50;

    public static async Task RunAsync(HarnessOptions options)
    {
        var count = options.Count ?? DefaultCount;
        var table = new Table("provider", "workers", "instances", "seconds", "instances/s");
        foreach (var provider in options.Providers)
        {
            foreach (var workers in WorkerCounts)
            {
                var rate = await MeasureAsync(provider, workers, count);
                table.Add(provider, workers, count, count / rate, rate);
                Console.WriteLine($"durable {provider} x{workers}: {rate:N1} instances/s");
            }
        }

        table.Print();
    }

    /// <summary>Instances per second from the first start to the last finish, on a fresh database.</summary>
    public static async Task<double> MeasureAsync(DatabaseProvider provider, int workers, int count)
    {
        await using var database = await BenchDatabase.CreateAsync(provider);
        await using var engine = await HarnessEngine.StartAsync(database.Options);
        await engine.Definitions.PublishAsync(Flows.Durable, "bench");
        await Workers.RunAsync(WarmUp, workers, _ => RunOneAsync(engine.Runtime));

        var watch = Stopwatch.StartNew();
        await Workers.RunAsync(count, workers, _ => RunOneAsync(engine.Runtime));
        watch.Stop();
        return count / watch.Elapsed.TotalSeconds;
    }

    private static async Task RunOneAsync(WorkflowRuntime runtime)
    {
        var started = await runtime.StartAsync(new StartWorkflowRequest("bench-durable"));
        var bookmark = started.Instance.Bookmarks.Single();
        var resumed = await runtime.ResumeBookmarkAsync(bookmark.Id, null);
        if (resumed.Run?.Instance.Status != WorkflowStatus.Finished)
        {
            throw new InvalidOperationException($"Instance {started.Instance.Id} did not finish: {resumed.Status} {resumed.Run?.Instance.Status}");
        }
    }
}

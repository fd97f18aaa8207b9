using System.Diagnostics;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.LoadHarness.Scenarios;

/// <summary>Many instances waiting on a Delay; the clock jumps past them and the scheduler fires them all.</summary>
internal static class TimerScenario
{
    private const int DefaultCount = 100_000;
    private const int CreateWorkers = 4;
    private static readonly TimeSpan Jump = TimeSpan.FromHours(2);

    public static async Task RunAsync(HarnessOptions options)
    {
        var count = options.Count ?? DefaultCount;
        var table = new Table("provider", "timers", "create s", "created/s", "fire s", "timers/s", "RunDueAsync calls");
        foreach (var provider in options.Providers)
        {
            await using var database = await BenchDatabase.CreateAsync(provider);
            await using var engine = await HarnessEngine.StartAsync(database.Options);
            await engine.Definitions.PublishAsync(Flows.Delayed, "bench");

            var create = Stopwatch.StartNew();
            await Workers.RunAsync(count, CreateWorkers, async item =>
            {
                await engine.Runtime.StartAsync(new StartWorkflowRequest("bench-delay"));
                Progress.Report("created", item + 1, count);
            });
            create.Stop();
            Console.WriteLine($"created {count} waiting instances in {create.Elapsed.TotalSeconds:N1} s");

            engine.Clock.Advance(Jump);
            var fire = Stopwatch.StartNew();
            var fired = 0;
            var calls = 0;
            // Bounded: one call fires every due batch; a few more only if a pass left some behind.
            while (fired < count && calls < 10)
            {
                fired += await engine.Scheduler.RunDueAsync();
                calls++;
            }

            fire.Stop();
            if (fired != count)
            {
                throw new InvalidOperationException($"Only {fired} of {count} timers fired after {calls} scheduler passes");
            }

            table.Add(provider, count, create.Elapsed.TotalSeconds, count / create.Elapsed.TotalSeconds, fire.Elapsed.TotalSeconds, count / fire.Elapsed.TotalSeconds, calls);
        }

        table.Print();
    }
}

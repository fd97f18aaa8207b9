using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OnboardingBpm.Workflows.Definitions;

namespace OnboardingBpm.Benchmarks;

/// <summary>
/// <c>--quick</c>: the same scenarios timed with a stopwatch in this process, a few seconds each (most of
/// it the JIT warm-up), for a number in well under two minutes. BenchmarkDotNet's full run is the one to quote; this one is for a
/// quick check that a change did not make things worse.
/// </summary>
public static class QuickRun
{
    private const int Rounds = 5;
    private const int InstancesPerRound = 500;
    private const int WaitingInstances = 1_000;

    private static readonly (string Name, Func<BenchmarkEngine, int, Task> Run)[] Scenarios =
    [
        ("10 activities, runtime + in-memory store", (engine, i) => engine.RunTenActivitiesAsync(i)),
        ("user task: start, complete, finish", (engine, i) => engine.RunApprovalAsync(i)),
        ("10 activities, executor only", (engine, i) => engine.RunTenActivitiesOnExecutorAsync(i)),
    ];

    public static async Task RunAsync(TextWriter output)
    {
        output.WriteLine($"{Rounds} rounds of {InstancesPerRound} instances per scenario after a JIT warm-up, a fresh engine per round");
        output.WriteLine();
        output.WriteLine("| scenario | instances/s | instances per CPU second | allocated per instance |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, run) in Scenarios)
        {
            var result = await MeasureAsync(run);
            output.WriteLine($"| {name} | {Count(result.PerSecond)} | {Count(result.PerCpuSecond)} | {Kilobytes(result.BytesPerInstance)} |");
        }

        var (held, state) = await MeasureWaitingAsync(WaitingInstances);
        output.WriteLine();
        output.WriteLine($"{WaitingInstances} instances waiting on their user task: {Kilobytes(held)} held per instance, saved state {Kilobytes(state)} of JSON each");
    }

    /// <summary>
    /// Wall time is what a user sees; CPU time (this process, GC and JIT included) is steadier when other
    /// work shares the cores, so both are reported.
    /// </summary>
    private static async Task<(double PerSecond, double PerCpuSecond, double BytesPerInstance)> MeasureAsync(Func<BenchmarkEngine, int, Task> run)
    {
        var elapsed = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        long allocated = 0;
        await BenchmarkEngine.WarmUpJitAsync(run);
        for (var round = 0; round < Rounds; round++)
        {
            await using var engine = await BenchmarkEngine.CreateAsync();
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = ProcessCpu.Used();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < InstancesPerRound; i++)
            {
                await run(engine, i);
            }

            elapsed += clock.Elapsed;
            cpu += ProcessCpu.Used() - cpuBefore;
            allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        const int total = Rounds * InstancesPerRound;
        return (total / elapsed.TotalSeconds, total / cpu.TotalSeconds, (double)allocated / total);
    }

    /// <summary>What a waiting instance costs to keep: the store's share of the heap, and its saved state.</summary>
    internal static async Task<(double HeldBytes, double StateBytes)> MeasureWaitingAsync(int count)
    {
        await using var engine = await BenchmarkEngine.CreateAsync();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long state = 0;
        for (var i = 0; i < count; i++)
        {
            var instance = await engine.StartApprovalAsync(i);
            state += JsonSerializer.SerializeToUtf8Bytes(instance, WorkflowJson.Options).Length;
        }

        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(engine);
        return ((double)held / count, (double)state / count);
    }

    private static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Kilobytes(double bytes) => (bytes / 1024).ToString("N1", CultureInfo.InvariantCulture) + " KB";
}

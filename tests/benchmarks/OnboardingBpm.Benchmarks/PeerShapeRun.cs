using System.Diagnostics;
using System.Globalization;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Benchmarks;

/// <summary>
/// <c>--peer-shape</c>: the approval flow run the way tests/benchmarks/peers/bpmn-engine-approval.mjs runs it
/// on bpmn-engine (a timed warm-up, then N instances one at a time on one engine, then K instances left
/// waiting), printing <c>RESULT</c> lines that scripts/benchmark-peers.sh puts side by side.
/// </summary>
public static class PeerShapeRun
{
    // Instances per throwaway engine during the warm-up, as BenchmarkEngine.WarmUpJitAsync does, so the store stays small.
    private const int WarmUpInstancesPerEngine = 5_000;

    public static async Task RunAsync(PeerShapeOptions options, TextWriter output)
    {
        var warmedUp = await WarmUpAsync(options.WarmUp);
        output.WriteLine($"warm-up: {warmedUp:N0} instances in {options.WarmUp.TotalSeconds:N0} s");

        await using var engine = await BenchmarkEngine.CreateAsync();
        var finished = new WorkflowInstance[options.Count];
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = ProcessCpu.Used();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < options.Count; i++)
        {
            finished[i] = await engine.RunApprovalAsync(i);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (ProcessCpu.Used() - cpuBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        // Checked after the clock stopped: the journal query is the benchmark's, not the engine's, work.
        for (var i = 0; i < options.Count; i++)
        {
            await engine.VerifyApprovalAsync(finished[i], i);
        }

        var perSecond = options.Count / seconds;
        var perCpuSecond = options.Count / cpuSeconds;
        output.WriteLine($"in memory: {options.Count} instances in {Number(seconds, "N2")} s, {Number(perSecond, "N1")} instances/s, {Number(perCpuSecond, "N1")} per CPU second, every one on its expected path");
        output.WriteLine($"RESULT row=ours-in-memory instances={options.Count} seconds={Number(seconds, "F3")} per_second={Number(perSecond, "F1")} per_cpu_second={Number(perCpuSecond, "F1")} allocated_bytes={Number((double)allocated / options.Count, "F0")}");

        var (held, state) = await QuickRun.MeasureWaitingAsync(options.Waiting);
        output.WriteLine($"{options.Waiting} instances waiting on the user task: {Number(held / 1024, "N1")} KB held each, saved state {Number(state / 1024, "N1")} KB of JSON each");
        output.WriteLine($"RESULT row=ours-waiting instances={options.Waiting} heap_bytes={Number(held, "F0")} state_bytes={Number(state, "F0")}");
    }

    /// <summary>Runs instances until <paramref name="duration"/> has passed; the same wall time bpmn-engine gets.</summary>
    private static async Task<int> WarmUpAsync(TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        while (clock.Elapsed < duration)
        {
            await using var engine = await BenchmarkEngine.CreateAsync();
            for (var i = 0; i < WarmUpInstancesPerEngine && clock.Elapsed < duration; i++, done++)
            {
                await engine.RunApprovalAsync(i);
            }
        }

        return done;
    }

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}

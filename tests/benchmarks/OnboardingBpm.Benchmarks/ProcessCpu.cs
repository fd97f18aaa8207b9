using System.Diagnostics;

namespace OnboardingBpm.Benchmarks;

/// <summary>
/// CPU time this process has used (all threads, GC and JIT included). Steadier than wall time when other
/// work shares the cores, so the stopwatch runs report both.
/// </summary>
internal static class ProcessCpu
{
    public static TimeSpan Used()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

using BenchmarkDotNet.Attributes;

namespace OnboardingBpm.Benchmarks;

/// <summary>An instance that waits on a user task and is resumed by completing it: two bursts, two commits.</summary>
[MemoryDiagnoser]
[OperationsPerSecond]
public class UserTaskBenchmarks : FreshEngineBenchmark
{
    [Benchmark(OperationsPerInvoke = InstancesPerInvoke, Description = "user task: start, complete, finish")]
    public async Task ApprovalWithUserTask()
    {
        for (var i = 0; i < InstancesPerInvoke; i++)
        {
            await Engine.RunApprovalAsync(i);
        }
    }
}

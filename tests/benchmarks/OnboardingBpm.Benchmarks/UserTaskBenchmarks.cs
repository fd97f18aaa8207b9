using BenchmarkDotNet.Attributes;

namespace OnboardingBpm.Benchmarks;

/// <summary>An instance that waits on a user task and is resumed by completing it: two bursts, two commits.</summary>
[MemoryDiagnoser]
[OperationsPerSecond]
public class UserTaskBenchmarks : FreshEngineBenchmark
{
    [Benchmark(OperationsPerInvoke = InstancesPerInvoke, Description = "user task: start, complete, finish")]
    public Task ApprovalWithUserTask() => RunInvocationAsync();

    protected override Task RunInstanceAsync(BenchmarkEngine engine, int i) => engine.RunApprovalAsync(i);
}

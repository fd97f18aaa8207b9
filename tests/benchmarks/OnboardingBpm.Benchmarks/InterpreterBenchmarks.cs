using BenchmarkDotNet.Attributes;

namespace OnboardingBpm.Benchmarks;

/// <summary>The ten-activity flow through WorkflowRuntime: lock, definition lookup, interpreter, commit to the in-memory store.</summary>
[MemoryDiagnoser]
[OperationsPerSecond]
public class InterpreterBenchmarks : FreshEngineBenchmark
{
    [Benchmark(OperationsPerInvoke = InstancesPerInvoke, Description = "10 activities, runtime + in-memory store")]
    public Task TenActivitiesOnRuntime() => RunInvocationAsync();

    protected override Task RunInstanceAsync(BenchmarkEngine engine, int i) => engine.RunTenActivitiesAsync(i);
}

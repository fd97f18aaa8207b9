using BenchmarkDotNet.Attributes;

namespace OnboardingBpm.Benchmarks;

/// <summary>The ten-activity flow through WorkflowRuntime: lock, definition lookup, interpreter, commit to the in-memory store.</summary>
[MemoryDiagnoser]
[OperationsPerSecond]
public class InterpreterBenchmarks : FreshEngineBenchmark
{
    [Benchmark(OperationsPerInvoke = InstancesPerInvoke, Description = "10 activities, runtime + in-memory store")]
    public async Task TenActivitiesOnRuntime()
    {
        for (var i = 0; i < InstancesPerInvoke; i++)
        {
            await Engine.RunTenActivitiesAsync(i);
        }
    }
}

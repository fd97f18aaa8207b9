using BenchmarkDotNet.Attributes;

namespace OnboardingBpm.Benchmarks;

/// <summary>
/// The ten-activity flow on WorkflowExecutor alone, to separate the interpreter's cost from the store's.
/// Nothing is stored, so one engine serves the whole run.
/// </summary>
[MemoryDiagnoser]
[OperationsPerSecond]
public class ExecutorBenchmarks
{
    private BenchmarkEngine? engine;

    [GlobalSetup]
    public async Task CreateEngine() => engine = await BenchmarkEngine.CreateAsync();

    [GlobalCleanup]
    public async Task DisposeEngine()
    {
        if (engine is not null)
        {
            await engine.DisposeAsync();
        }
    }

    [Benchmark(OperationsPerInvoke = FreshEngineBenchmark.InstancesPerInvoke, Description = "10 activities, executor only")]
    public async Task TenActivitiesOnExecutor()
    {
        for (var i = 0; i < FreshEngineBenchmark.InstancesPerInvoke; i++)
        {
            await engine!.RunTenActivitiesOnExecutorAsync(i);
        }
    }
}

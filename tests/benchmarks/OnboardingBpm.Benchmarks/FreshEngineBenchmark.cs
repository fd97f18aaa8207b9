using BenchmarkDotNet.Attributes;

namespace OnboardingBpm.Benchmarks;

/// <summary>
/// A new engine for every iteration: the in-memory store keeps every instance it is given, so one engine
/// for the whole run would grow without bound and later iterations would measure a bigger heap.
/// One benchmark operation is one instance; an invocation runs <see cref="InstancesPerInvoke"/> of them,
/// so BenchmarkDotNet's time and allocation per operation are per instance.
/// </summary>
public abstract class FreshEngineBenchmark
{
    // Enough for an iteration of well over 100 ms, the least BenchmarkDotNet trusts; the store stays small.
    public const int InstancesPerInvoke = 1_000;

    private BenchmarkEngine? engine;

    protected BenchmarkEngine Engine => engine ?? throw new InvalidOperationException("No engine: the iteration setup did not run.");

    /// <summary>
    /// With an iteration setup BenchmarkDotNet runs one invocation per iteration, so its own warm-up covers
    /// a few thousand instances: too few for the JIT to finish here, hence this one.
    /// </summary>
    [GlobalSetup]
    public void WarmUpJit() => BenchmarkEngine.WarmUpJitAsync(RunInstanceAsync).GetAwaiter().GetResult();

    [IterationSetup]
    public void CreateEngine() => engine = BenchmarkEngine.CreateAsync().GetAwaiter().GetResult();

    [IterationCleanup]
    public void DisposeEngine()
    {
        var held = Engine.Store.InstanceCount;
        Engine.DisposeAsync().AsTask().GetAwaiter().GetResult();
        engine = null;
        // Warm-up instances plus one invocation's worth: anything else means the benchmark leaks or loops.
        if (held > InstancesPerInvoke + BenchmarkEngine.WarmUpInstances)
        {
            throw new InvalidOperationException($"The store held {held} instances after one invocation of {InstancesPerInvoke}.");
        }
    }

    /// <summary>One instance of the scenario, start to finish.</summary>
    protected abstract Task RunInstanceAsync(BenchmarkEngine engine, int i);

    protected async Task RunInvocationAsync()
    {
        for (var i = 0; i < InstancesPerInvoke; i++)
        {
            await RunInstanceAsync(Engine, i);
        }
    }
}

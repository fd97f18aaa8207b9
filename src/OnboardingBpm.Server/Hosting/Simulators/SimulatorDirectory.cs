using System.Collections.Concurrent;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Server.Hosting.Simulators;

/// <summary>A simulator the server talks to: started in-process, or running in its own process (External).</summary>
public sealed record SimulatorAddress(string Name, Uri BaseAddress);

/// <summary>
/// Where the simulators listen. Client options ask for an address as they are first read, which may be before
/// the hosted service has started the simulators (or found the external ones), so asking waits (bounded).
/// </summary>
public sealed class SimulatorDirectory
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<SimulatorAddress>> simulators = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<SimulatorAddress> Running =>
        simulators.Values.Where(s => s.Task.IsCompletedSuccessfully).Select(s => s.Task.Result).OrderBy(s => s.Name).ToList();

    public void Started(RunningSimulator simulator) => Located(simulator.Name, simulator.BaseAddress);

    /// <summary>A simulator this server did not start: the standalone simulators' process serves it.</summary>
    public void Located(string name, Uri baseAddress) => Slot(name).TrySetResult(new SimulatorAddress(name, baseAddress));

    public void Failed(string name, Exception error) => Slot(name).TrySetException(error);

    /// <summary>The simulator's root address; waits up to 30 s for it to start.</summary>
    public Uri AddressOf(string name)
    {
        var slot = Slot(name).Task;
        if (!slot.Wait(StartTimeout))
        {
            throw new InvalidOperationException($"The {name} simulator did not start within {StartTimeout.TotalSeconds} s.");
        }

        return slot.Result.BaseAddress;
    }

    private TaskCompletionSource<SimulatorAddress> Slot(string name) =>
        simulators.GetOrAdd(name, _ => new TaskCompletionSource<SimulatorAddress>(TaskCreationOptions.RunContinuationsAsynchronously));
}

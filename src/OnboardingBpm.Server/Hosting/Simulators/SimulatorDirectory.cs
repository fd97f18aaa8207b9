using System.Collections.Concurrent;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Server.Hosting.Simulators;

/// <summary>
/// Where the in-process simulators listen. Client options ask for an address as they are first read, which may
/// be before the hosted service has started the simulators, so asking waits (bounded) for the start.
/// </summary>
public sealed class SimulatorDirectory
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RunningSimulator>> simulators = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<RunningSimulator> Running =>
        simulators.Values.Where(s => s.Task.IsCompletedSuccessfully).Select(s => s.Task.Result).OrderBy(s => s.Name).ToList();

    public void Started(RunningSimulator simulator) => Slot(simulator.Name).TrySetResult(simulator);

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

    public RunningSimulator? Find(string name) =>
        simulators.TryGetValue(name, out var slot) && slot.Task.IsCompletedSuccessfully ? slot.Task.Result : null;

    private TaskCompletionSource<RunningSimulator> Slot(string name) =>
        simulators.GetOrAdd(name, _ => new TaskCompletionSource<RunningSimulator>(TaskCreationOptions.RunContinuationsAsynchronously));
}

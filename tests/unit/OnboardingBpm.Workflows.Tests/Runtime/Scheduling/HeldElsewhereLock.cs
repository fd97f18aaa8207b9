using System.Collections.Concurrent;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Workflows.Tests.Runtime.Scheduling;

/// <summary>
/// The in-process lock, plus instances another server holds: for those, acquiring fails with
/// <see cref="InstanceBusyException"/>, as the database lock does once its wait for the lease runs out.
/// </summary>
public sealed class HeldElsewhereLock : IInstanceLock
{
    private readonly LocalInstanceLock local = new();
    private readonly ConcurrentDictionary<string, byte> heldElsewhere = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.Ordinal);

    public void HoldElsewhere(string instanceId) => heldElsewhere[instanceId] = 0;

    public void Release(string instanceId) => heldElsewhere.TryRemove(instanceId, out _);

    /// <summary>How often the engine tried to take <paramref name="instanceId"/>, busy or not.</summary>
    public int AttemptsOn(string instanceId) => attempts.GetValueOrDefault(instanceId);

    public Task<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        attempts.AddOrUpdate(instanceId, 1, (_, n) => n + 1);
        return heldElsewhere.ContainsKey(instanceId)
            ? Task.FromException<IAsyncDisposable>(new InstanceBusyException(instanceId))
            : local.AcquireAsync(instanceId, cancellationToken);
    }
}

using System.Collections.Concurrent;

namespace OnboardingBpm.Workflows.Runtime;

/// <summary>Serialises bursts of one instance: one writer at a time. Durable hosts add a lease on top.</summary>
public interface IInstanceLock
{
    Task<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken = default);
}

/// <summary>A per-process lock per instance id; entries are dropped when nobody holds or waits for them.</summary>
public sealed class LocalInstanceLock : IInstanceLock
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        Entry entry;
        while (true)
        {
            entry = entries.GetOrAdd(instanceId, _ => new Entry());
            lock (entry)
            {
                if (!entry.Retired)
                {
                    entry.Users++;
                    break;
                }
            }
        }

        try
        {
            await entry.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(instanceId, entry);
            throw;
        }

        return new Releaser(() =>
        {
            entry.Gate.Release();
            Leave(instanceId, entry);
        });
    }

    private void Leave(string instanceId, Entry entry)
    {
        lock (entry)
        {
            if (--entry.Users == 0)
            {
                entry.Retired = true;
                entries.TryRemove(KeyValuePair.Create(instanceId, entry));
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public int Users { get; set; }
        public bool Retired { get; set; }
    }

    private sealed class Releaser(Action release) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                release();
            }

            return ValueTask.CompletedTask;
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Tests.Runtime.Scheduling;

/// <summary>
/// Holds every burst that reaches a <see cref="Gate"/> activity until the test opens it, and counts how many are held at
/// once: how many bursts the scheduler runs side by side, seen without any timing.
/// </summary>
public sealed class BurstGate
{
    private readonly Lock sync = new();
    private readonly TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(int Count, TaskCompletionSource Reached)> watchers = [];
    private int held;
    private int mostHeld;
    private int entered;

    /// <summary>The most bursts that were inside the gate at the same time.</summary>
    public int MostHeld
    {
        get
        {
            lock (sync)
            {
                return mostHeld;
            }
        }
    }

    /// <summary>How many bursts reached the gate in all.</summary>
    public int Entered
    {
        get
        {
            lock (sync)
            {
                return entered;
            }
        }
    }

    /// <summary>Completes once <paramref name="count"/> bursts are held at the same time.</summary>
    public Task HeldAsync(int count)
    {
        lock (sync)
        {
            if (held >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            watchers.Add((count, reached));
            return reached.Task;
        }
    }

    /// <summary>Lets the held bursts and every later one through.</summary>
    public void Open() => opened.TrySetResult();

    public async Task PassAsync(CancellationToken cancellationToken)
    {
        lock (sync)
        {
            held++;
            entered++;
            mostHeld = Math.Max(mostHeld, held);
            foreach (var watcher in watchers.Where(w => held >= w.Count).ToList())
            {
                watcher.Reached.TrySetResult();
                watchers.Remove(watcher);
            }
        }

        try
        {
            await opened.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            lock (sync)
            {
                held--;
            }
        }
    }
}

/// <summary>Waits at the test's <see cref="BurstGate"/>, as a burst waits on a vendor's answer.</summary>
[Activity("Gate", "Test", "Gate")]
internal sealed class Gate : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        await context.Services.GetRequiredService<BurstGate>().PassAsync(context.CancellationToken);
        context.Complete();
    }
}

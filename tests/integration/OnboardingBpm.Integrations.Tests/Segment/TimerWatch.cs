namespace OnboardingBpm.Integrations.Tests.Segment;

/// <summary>
/// The shared fake clock as the client sees it, telling a test when a timer of a given length was scheduled:
/// a Retry-After wait exists only once the 429 has reached the client, and moving the clock before that
/// would leave the wait pending forever.
/// </summary>
internal sealed class TimerWatch(FakeTimeProvider clock) : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<TimeSpan> scheduled = [];
    private readonly List<(TimeSpan Due, TaskCompletionSource Signal)> waiters = [];

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = clock.CreateTimer(callback, state, dueTime, period);
        List<TaskCompletionSource> released;
        lock (gate)
        {
            scheduled.Add(dueTime);
            released = waiters.Where(w => w.Due == dueTime).Select(w => w.Signal).ToList();
            waiters.RemoveAll(w => w.Due == dueTime);
        }

        released.ForEach(s => s.TrySetResult());
        return timer;
    }

    /// <summary>Completes once a timer due after <paramref name="due"/> has been created on the fake clock.</summary>
    public Task WaitForTimerAsync(TimeSpan due)
    {
        lock (gate)
        {
            if (scheduled.Contains(due))
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((due, signal));
            return signal.Task;
        }
    }
}

namespace OnboardingBpm.Testing;

/// <summary>
/// A clock tests move by hand: 72 hours pass in one call, nothing waits. By default timers created from it
/// are real-time (the base class), which only the host's background loops use; tests drive the scheduler
/// directly. With <c>controlsTimers</c> the timers belong to the fake clock too and fire as <see cref="Advance"/>
/// passes their due time, so a 10-second HTTP timeout or a simulated 9-second latency costs no real time.
/// </summary>
public sealed class FakeTimeProvider(DateTimeOffset start, bool controlsTimers = false) : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<ManualTimer> timers = [];
    private DateTimeOffset now = start;

    public FakeTimeProvider()
        : this(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public FakeTimeProvider(bool controlsTimers)
        : this(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), controlsTimers)
    {
    }

    /// <summary>When the fake clock's timers that have not fired yet are due (only with <c>controlsTimers</c>).</summary>
    public IReadOnlyList<DateTimeOffset> PendingTimers
    {
        get
        {
            lock (gate)
            {
                return timers.Where(t => t.DueAt is not null).Select(t => t.DueAt!.Value).ToList();
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    /// <summary>Moves the clock; controlled timers that fall due meanwhile fire in due order, at their due time.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (gate)
        {
            target = now + by;
        }

        while (NextDue(target) is { } timer)
        {
            timer.Fire();
        }

        lock (gate)
        {
            now = target;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (!controlsTimers)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }

        var timer = new ManualTimer(this, callback, state);
        lock (gate)
        {
            timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    private ManualTimer? NextDue(DateTimeOffset target)
    {
        lock (gate)
        {
            var next = timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
            if (next is not null && next.DueAt > now)
            {
                now = next.DueAt.Value;
            }

            return next;
        }
    }

    private sealed class ManualTimer(FakeTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock.gate)
            {
                this.period = period;
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : clock.now + dueTime;
            }

            return true;
        }

        public void Fire()
        {
            lock (clock.gate)
            {
                DueAt = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : DueAt + period;
            }

            callback(state);
        }

        public void Dispose()
        {
            lock (clock.gate)
            {
                DueAt = null;
                clock.timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

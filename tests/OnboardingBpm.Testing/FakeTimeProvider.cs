namespace OnboardingBpm.Testing;

/// <summary>
/// A clock tests move by hand: 72 hours pass in one call, nothing waits. Timers created from it are real-time
/// (the base class), which only the host's background loops use; tests drive the scheduler directly.
/// </summary>
public sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset now = start;

    public FakeTimeProvider()
        : this(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            now += by;
        }
    }
}

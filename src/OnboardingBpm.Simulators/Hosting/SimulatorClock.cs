namespace OnboardingBpm.Simulators.Hosting;

/// <summary>
/// The simulator's clock, registered under its own type: ASP.NET Core resolves <see cref="TimeProvider"/> from
/// the container for its own timers, which must keep real time even when tests move this clock by hand.
/// </summary>
public sealed class SimulatorClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.GetUtcNow();
}

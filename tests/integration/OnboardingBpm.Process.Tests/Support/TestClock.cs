using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Process.Tests.Support;

/// <summary>
/// The clock file every process of a test reads (<c>Testing:ClockFile</c>, <see cref="ClockFileTimeProvider"/>):
/// real time plus an offset that only this class moves, always forward.
/// </summary>
public sealed class TestClock(string path)
{
    public string Path { get; } = path;

    public TimeSpan Offset { get; private set; }

    /// <summary>What every process reads as now (once it has re-read the file, within 100 ms).</summary>
    public DateTimeOffset Now => DateTimeOffset.UtcNow + Offset;

    public void Jump(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(by, TimeSpan.Zero);
        Offset += by;
        ClockFileTimeProvider.Write(Path, Offset);
    }
}

using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Integrations.Tests.Clock;

/// <summary>The clock file the server nodes and the simulators' process share in the reliability tests.</summary>
public sealed class ClockFileTimeProviderTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"clock-{Guid.NewGuid():N}.txt");

    [Fact]
    public void without_a_file_the_clock_is_real_time()
    {
        var clock = new ClockFileTimeProvider(path);

        Assert.Equal(TimeSpan.Zero, clock.Offset);
        Assert.InRange(clock.GetUtcNow() - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(-1), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void a_clock_made_after_a_jump_shows_the_jumped_time_from_its_first_reading()
    {
        ClockFileTimeProvider.Write(path, TimeSpan.FromHours(72));

        var now = new ClockFileTimeProvider(path).GetUtcNow();

        Assert.InRange(now - DateTimeOffset.UtcNow, TimeSpan.FromHours(72) - TimeSpan.FromSeconds(1), TimeSpan.FromHours(72) + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task a_running_clock_sees_a_rewritten_offset_within_its_refresh()
    {
        ClockFileTimeProvider.Write(path, TimeSpan.FromHours(1));
        var clock = new ClockFileTimeProvider(path);
        Assert.Equal(TimeSpan.FromHours(1), clock.Offset);

        ClockFileTimeProvider.Write(path, TimeSpan.FromDays(3));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (clock.Offset != TimeSpan.FromDays(3) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), TestContext.Current.CancellationToken);
        }

        Assert.Equal(TimeSpan.FromDays(3), clock.Offset);
    }

    [Fact]
    public void timers_and_timestamps_stay_real_time()
    {
        ClockFileTimeProvider.Write(path, TimeSpan.FromDays(30));
        var clock = new ClockFileTimeProvider(path);

        var start = clock.GetTimestamp();
        Assert.InRange(clock.GetElapsedTime(start), TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    public void Dispose() => File.Delete(path);
}

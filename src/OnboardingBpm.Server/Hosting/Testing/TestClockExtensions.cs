using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Server.Hosting.Testing;

public static class TestClockExtensions
{
    /// <summary>The configuration key; there is deliberately no HTTP endpoint that moves the clock.</summary>
    public const string ClockFileKey = "Testing:ClockFile";

    /// <summary>
    /// For tests of whole server processes only: with <c>Testing:ClockFile</c> set, the server's clock is real time
    /// plus the offset in that file (<see cref="ClockFileTimeProvider"/>), so a test jumps 72 hours in every node
    /// and the simulators at once. Unset (always, outside such tests) nothing changes. Call first: the clock must
    /// be registered before every module's default <see cref="TimeProvider.System"/>.
    /// </summary>
    public static WebApplicationBuilder AddTestClock(this WebApplicationBuilder builder)
    {
        if (builder.Configuration[ClockFileKey] is not { Length: > 0 } path)
        {
            return builder;
        }

        var clock = new ClockFileTimeProvider(path);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddHostedService(services => new TestClockWarning(clock, services.GetRequiredService<ILogger<TestClockWarning>>()));
        return builder;
    }
}

/// <summary>Says at every start, loudly, that this server's clock is not the real one.</summary>
internal sealed class TestClockWarning(ClockFileTimeProvider clock, ILogger<TestClockWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning("{Key} is set: this server's clock is real time shifted by the offset in {Path} (now {Offset}). For tests only; never set it in production.",
            TestClockExtensions.ClockFileKey, clock.FilePath, clock.Offset);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

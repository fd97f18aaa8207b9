using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Resilience;
using OnboardingBpm.Integrations.Segment;
using OnboardingBpm.Simulators.Hosting;
using OnboardingBpm.Simulators.Segment;
using OnboardingBpm.Workflows;

namespace OnboardingBpm.Integrations.Tests.Segment;

/// <summary>The Segment simulator on a free port and the real client (and engine) pointed at it, on one fake clock.</summary>
internal sealed class SegmentHarness : IAsyncDisposable
{
    private SegmentHarness(FakeTimeProvider clock, TimerWatch timers, SegmentSimulator segment, RunningSimulator simulator, ServiceProvider services)
    {
        Clock = clock;
        Timers = timers;
        Segment = segment;
        Simulator = simulator;
        Services = services;
    }

    public FakeTimeProvider Clock { get; }
    public TimerWatch Timers { get; }
    public SegmentSimulator Segment { get; }
    public RunningSimulator Simulator { get; }
    public ServiceProvider Services { get; }
    public SegmentClient Client => Services.GetRequiredService<SegmentClient>();

    public static async Task<SegmentHarness> StartAsync(string? writeKey = null)
    {
        var clock = new FakeTimeProvider(controlsTimers: true);
        var timers = new TimerWatch(clock);
        var segment = new SegmentSimulator();
        var simulator = await SimulatorHost.StartAsync(segment, new SimulatorHostOptions { Port = 0, Time = clock }, TestContext.Current.CancellationToken);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(timers);
        services.AddWorkflowEngine(registry => registry.AddIntegrationActivities());
        services.AddIntegrations(new ConfigurationBuilder().Build());
        services.Configure<SegmentOptions>(options =>
        {
            options.BaseUrl = simulator.BaseAddress.ToString();
            options.WriteKey = writeKey ?? SegmentSimulator.DefaultWriteKey;
            options.Resilience = new ResilienceOptions { RetryBaseDelay = TimeSpan.Zero };
        });
        return new SegmentHarness(clock, timers, segment, simulator, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Simulators.Faults;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Simulators.Segment;

/// <summary>
/// Segment's HTTP Tracking API: track, identify and batch (and the legacy /v1/import), authenticated with a
/// write key, deduplicating by messageId. Accepted events are kept in memory for tests and the UI.
/// </summary>
public sealed class SegmentSimulator : ISimulator
{
    /// <summary>The write key accepted when none is configured; the server's simulated mode uses it too.</summary>
    public const string DefaultWriteKey = "simulated-write-key";

    public SegmentSimulator(params string[] writeKeys)
    {
        WriteKeys = writeKeys.Length == 0 ? [DefaultWriteKey] : writeKeys.ToHashSet(StringComparer.Ordinal);
    }

    public string Name => "segment";

    public IVendorFaults Faults { get; } = new SegmentFaults();

    public IReadOnlySet<string> WriteKeys { get; }

    /// <summary>What the simulator accepted, readable in-process by tests.</summary>
    public SegmentEventLog Events { get; } = new();

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(this);
        services.AddSingleton(Events);
    }

    public void Map(WebApplication app) => app.MapSegment();
}

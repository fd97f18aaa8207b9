using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Segment;

/// <summary>The <c>Integrations:Segment</c> section: where the Tracking API is and the write key that authenticates.</summary>
public sealed class SegmentOptions
{
    public const string Section = "Integrations:Segment";

    public IntegrationMode Mode { get; set; } = IntegrationMode.Simulated;

    /// <summary>EU workspaces use their EU host instead.</summary>
    public string BaseUrl { get; set; } = "https://api.segment.io/";

    /// <summary>The source's write key; the default is the one the in-process simulator accepts.</summary>
    public string WriteKey { get; set; } = "simulated-write-key";

    public ResilienceOptions Resilience { get; set; } = new();

    /// <summary>Segment refuses a batch over 500 KB.</summary>
    public int MaxBatchBytes { get; set; } = 500 * 1024;

    /// <summary>Segment refuses a call (or drops a batch item) over 32 KB.</summary>
    public int MaxEventBytes { get; set; } = 32 * 1024;

    /// <summary>Segment answers 200 to a larger batch but drops its events.</summary>
    public int MaxBatchEvents { get; set; } = 2500;
}

namespace OnboardingBpm.Server.Hosting.Simulators;

/// <summary>
/// The <c>Integrations:Simulators</c> section: the loopback ports of the in-process simulators. The defaults are
/// fixed so a newcomer finds them (README); 0 picks free ports, as tests and several local servers need.
/// </summary>
public sealed class SimulatorPorts
{
    public const string Section = "Integrations:Simulators";

    public int Salesforce { get; set; } = 5081;

    public int Okta { get; set; } = 5082;

    public int Segment { get; set; } = 5083;

    /// <summary>The Okta simulator's redirect URIs for the browser app; empty keeps its defaults (port 5080).</summary>
    public List<string> SpaRedirectUris { get; set; } = [];
}

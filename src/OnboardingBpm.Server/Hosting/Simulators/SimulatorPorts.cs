namespace OnboardingBpm.Server.Hosting.Simulators;

/// <summary>
/// The <c>Integrations:Simulators</c> section: the loopback ports of the in-process simulators. The defaults are
/// fixed so a newcomer finds them (README); 0 picks free ports, as tests and several local servers need. With
/// <see cref="External"/> the server starts none and uses the simulators' own process on these ports instead.
/// </summary>
public sealed class SimulatorPorts
{
    public const string Section = "Integrations:Simulators";

    public int Salesforce { get; set; } = 5081;

    public int Okta { get; set; } = 5082;

    public int Segment { get; set; } = 5083;

    /// <summary>
    /// True when the simulators run in their own process (<c>src/OnboardingBpm.Simulators.Host</c>) on the ports
    /// above, shared by several server nodes: one Salesforce, one Okta (one signing key) for all of them.
    /// </summary>
    public bool External { get; set; }

    /// <summary>
    /// With <see cref="External"/>: the host name the simulators' process is reached at (<c>simulators</c> in
    /// docker/compose.yaml). The Okta issuer is formed from it, so browsers signing in must reach the same name.
    /// </summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The Okta simulator's redirect URIs for the browser app; empty keeps its defaults (port 5080).</summary>
    public List<string> SpaRedirectUris { get; set; } = [];
}

namespace OnboardingBpm.Simulators.Host;

/// <summary>
/// The command line (<c>--Salesforce 5081 --Okta 5082 --Segment 5083 --Host 127.0.0.1 --ClockFile path</c>): the same
/// ports as the server's in-process simulators, so a server with <c>Integrations:Simulators:External=true</c> finds
/// them there.
/// </summary>
public sealed class SimulatorsHostOptions
{
    /// <summary>
    /// The IP address to listen on: loopback by default (tests, one machine); <c>0.0.0.0</c> in a container, where the
    /// server nodes reach the simulators by the container's name (<c>Integrations:Simulators:Host</c>).
    /// </summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>0 picks a free port; the addresses are printed on stdout either way.</summary>
    public int Salesforce { get; set; } = 5081;

    public int Okta { get; set; } = 5082;

    public int Segment { get; set; } = 5083;

    /// <summary>Tests only: the offset file the server nodes read too (<c>Testing:ClockFile</c>), so token lifetimes, sessions and outages follow a jumped clock.</summary>
    public string? ClockFile { get; set; }

    /// <summary>The browser app's redirect URIs in the Okta simulator; empty keeps its defaults (port 5080).</summary>
    public List<string> SpaRedirectUris { get; set; } = [];
}

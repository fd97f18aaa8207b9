namespace OnboardingBpm.Integrations;

/// <summary>Whether a vendor client talks to the in-process simulator or to the real vendor.</summary>
public enum IntegrationMode
{
    /// <summary>The embedded default: loopback simulators started by the server, no credentials needed.</summary>
    Simulated,

    /// <summary>The real vendor at the configured address with the configured credentials.</summary>
    Real,
}

/// <summary>The <c>Integrations</c> section of appsettings.json (vendor sub-sections have their own options).</summary>
public static class IntegrationsSections
{
    public const string Root = "Integrations";
    public const string DurableRetry = "Integrations:DurableRetry";
    public const string Cache = "Integrations:Cache";
    public const string Alerts = "Integrations:Alerts";
}

/// <summary>Who hears about integration failures.</summary>
public sealed class AlertOptions
{
    /// <summary>Platform Engineering's mailbox: incidents of integration activities and failed syncs are mailed here.</summary>
    public string PlatformEngineeringEmail { get; set; } = "platform-engineering@onboardingbpm.local";
}

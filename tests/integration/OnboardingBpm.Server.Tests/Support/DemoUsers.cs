namespace OnboardingBpm.Server.Tests.Support;

/// <summary>The Okta simulator's demo users (src/OnboardingBpm.Simulators/Okta/OktaSimulatorOptions.cs).</summary>
public static class DemoUsers
{
    public const string EnterpriseAgent = "ada.agent@onboardingbpm.local";
    public const string SmbAgent = "sam.agent@onboardingbpm.local";
    public const string Supervisor = "maria.supervisor@onboardingbpm.local";
    public const string ProcessOwner = "owen.owner@onboardingbpm.local";
    public const string PlatformEngineer = "pat.platform@onboardingbpm.local";
    public const string ProductManager = "pia.product@onboardingbpm.local";
    public const string Admin = "alex.admin@onboardingbpm.local";

    /// <summary>Not a user: a machine client with the workflow scope (client credentials).</summary>
    public const string Service = "service";

    public static readonly IReadOnlyList<string> All = [EnterpriseAgent, SmbAgent, Supervisor, ProcessOwner, PlatformEngineer, ProductManager, Admin, Service];
}

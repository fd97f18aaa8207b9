namespace OnboardingBpm.Onboarding.Access;

/// <summary>The application roles. A user's roles and segments come from their Okta groups (<see cref="GroupMapping"/>).</summary>
public static class Roles
{
    /// <summary>Works the task inbox; sees and acts only on the customer segments assigned to them.</summary>
    public const string Agent = "Agent";

    /// <summary>Sees every segment, gets escalations, watches KPIs.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>Edits workflow definitions in the designer and publishes versions.</summary>
    public const string ProcessOwner = "ProcessOwner";

    /// <summary>Watches integrations, incidents, retries and alerts.</summary>
    public const string PlatformEngineer = "PlatformEngineer";

    /// <summary>Reads KPIs and reports.</summary>
    public const string ProductManager = "ProductManager";

    /// <summary>Everything, including other users' data requests (export, erasure).</summary>
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Agent, Supervisor, ProcessOwner, PlatformEngineer, ProductManager, Admin];
}

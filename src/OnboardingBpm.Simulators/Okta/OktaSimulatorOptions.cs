namespace OnboardingBpm.Simulators.Okta;

/// <summary>The simulated Okta org: its API token, apps, groups and the people who can sign in.</summary>
public sealed class OktaSimulatorOptions
{
    public const string DefaultApiToken = "okta-simulator-api-token";

    /// <summary>The token accepted as <c>Authorization: SSWS {token}</c> by the management API.</summary>
    public string ApiToken { get; set; } = DefaultApiToken;

    /// <summary>Customer segments; each gets an <c>OKTA_GROUP</c> named by <see cref="SegmentGroupPattern"/>.</summary>
    public List<string> Segments { get; set; } = ["enterprise", "mid-market", "smb"];

    public string SegmentGroupPattern { get; set; } = "segment-{segment}";

    public List<string> RoleGroups { get; set; } = ["bpm-agents", "bpm-supervisors", "bpm-process-owners", "bpm-platform-engineers", "bpm-product-managers", "bpm-admins"];

    /// <summary>Who can sign in through the authorize page (one button each) and the password grant.</summary>
    public List<OktaDemoUser> DemoUsers { get; set; } =
    [
        new("ada.agent@onboardingbpm.local", "Ada", "Agent", ["bpm-agents", "segment-enterprise"]),
        new("sam.agent@onboardingbpm.local", "Sam", "Agent", ["bpm-agents", "segment-smb"]),
        new("maria.supervisor@onboardingbpm.local", "Maria", "Supervisor", ["bpm-supervisors"]),
        new("owen.owner@onboardingbpm.local", "Owen", "Owner", ["bpm-process-owners"]),
        new("pat.platform@onboardingbpm.local", "Pat", "Platform", ["bpm-platform-engineers"]),
        new("pia.product@onboardingbpm.local", "Pia", "Product", ["bpm-product-managers"]),
        new("alex.admin@onboardingbpm.local", "Alex", "Admin", ["bpm-admins"]),
    ];

    /// <summary>The demo users' password for the password grant (the login page needs none).</summary>
    public string DemoPassword { get; set; } = "onboardingbpm-demo";

    /// <summary>The browser app: a public client that must use PKCE.</summary>
    public string SpaClientId { get; set; } = "onboardingbpm-spa";

    /// <summary>Allowed redirect URIs of the SPA: each one and anything under it (<c>/login/callback</c>).</summary>
    public List<string> SpaRedirectUris { get; set; } = ["http://127.0.0.1:5080/", "http://localhost:5080/"];

    /// <summary>A confidential client for the password and client-credentials grants of the default server.</summary>
    public string TestsClientId { get; set; } = "onboardingbpm-tests";

    public string TestsClientSecret { get; set; } = "onboardingbpm-tests-secret";

    /// <summary>Custom scopes of the default authorization server, besides openid, profile, email, groups, offline_access.</summary>
    public List<string> ApiScopes { get; set; } = ["workflows.read", "workflows.write", "tasks.read", "tasks.write", "cases.read", "cases.write"];

    /// <summary>OAuth service apps of the org server (client credentials with private_key_jwt).</summary>
    public List<OktaServiceApp> ServiceApps { get; set; } = [];

    /// <summary>The value of <c>X-Rate-Limit-Limit</c>: requests per minute on <c>/api/v1</c>.</summary>
    public int RateLimitPerMinute { get; set; } = 600;

    public string SegmentGroup(string segment) => SegmentGroupPattern.Replace("{segment}", segment, StringComparison.Ordinal);
}

public sealed record OktaDemoUser(string Login, string FirstName, string LastName, IReadOnlyList<string> Groups);

/// <summary>An API service app: its public key verifies the client assertion; it may ask for these scopes.</summary>
public sealed record OktaServiceApp(string ClientId, string PublicKeyPem)
{
    public IReadOnlyList<string> Scopes { get; init; } = ["okta.users.read", "okta.users.manage", "okta.groups.read", "okta.groups.manage"];
}

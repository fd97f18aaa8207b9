namespace OnboardingBpm.Server.Security;

/// <summary>
/// The <c>Authentication</c> section: which Okta authorization server issues the API's bearer tokens. With Okta
/// in Simulated mode (the embedded default) the issuer is the in-process simulator's <c>/oauth2/default</c> and
/// these values are filled in at startup; tokens are validated exactly as real Okta tokens are.
/// </summary>
public sealed class AuthenticationSettings
{
    public const string Section = "Authentication";

    /// <summary>The issuer, e.g. <c>https://{yourOktaDomain}/oauth2/default</c>. Empty in Simulated mode.</summary>
    public string? Authority { get; set; }

    /// <summary>The access tokens' <c>aud</c> (Okta's default server uses <c>api://default</c>).</summary>
    public string Audience { get; set; } = "api://default";

    /// <summary>The claim that carries the user's Okta groups (a groups claim must be configured on the server).</summary>
    public string GroupsClaim { get; set; } = "groups";

    /// <summary>The scope a machine client (client credentials, no user) needs to start and resume workflows.</summary>
    public string WorkflowScope { get; set; } = "workflows.write";

    /// <summary>The browser app's public client (authorization code with PKCE, no secret).</summary>
    public string SpaClientId { get; set; } = "onboardingbpm-spa";

    /// <summary>What the browser app asks for: its identity, the groups that give its roles, and a refresh token.</summary>
    public List<string> SpaScopes { get; set; } = ["openid", "profile", "email", "groups", "offline_access"];
}

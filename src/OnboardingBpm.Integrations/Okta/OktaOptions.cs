using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Okta;

/// <summary>How the Okta client proves itself to the management API.</summary>
public enum OktaAuthMode
{
    /// <summary><c>Authorization: SSWS {ApiToken}</c>.</summary>
    ApiToken,

    /// <summary>An OAuth service app: client credentials with a <c>private_key_jwt</c> assertion, scoped tokens for an hour.</summary>
    PrivateKeyJwt,
}

/// <summary>The <c>Integrations:Okta</c> section.</summary>
public sealed class OktaOptions
{
    public const string Section = "Integrations:Okta";

    public IntegrationMode Mode { get; set; } = IntegrationMode.Simulated;

    /// <summary>The org's address, <c>https://{yourOktaDomain}</c> (the simulator's in Simulated mode).</summary>
    public string BaseUrl { get; set; } = "";

    public OktaAuthMode AuthMode { get; set; } = OktaAuthMode.ApiToken;

    public string? ApiToken { get; set; }

    /// <summary>The service app's client id (PrivateKeyJwt).</summary>
    public string? ClientId { get; set; }

    /// <summary>The service app's RSA private key, PEM (PKCS#1 or PKCS#8). A secret: never logged.</summary>
    public string? PrivateKeyPem { get; set; }

    /// <summary>The <c>kid</c> of the key registered with the app, when it has several.</summary>
    public string? KeyId { get; set; }

    /// <summary>Space-separated scopes granted to the service app.</summary>
    public string Scopes { get; set; } = "okta.users.manage okta.groups.manage";

    /// <summary>The group a customer segment's users join; <c>{segment}</c> is replaced by the segment.</summary>
    public string SegmentGroupPattern { get; set; } = "segment-{segment}";

    public ResilienceOptions Resilience { get; set; } = new();

    public string SegmentGroup(string segment) => SegmentGroupPattern.Replace("{segment}", segment, StringComparison.Ordinal);
}

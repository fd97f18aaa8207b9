using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Salesforce;

/// <summary>How the server-to-server app signs in: a connected app's consumer secret, or a JWT signed with its certificate's key.</summary>
public enum SalesforceAuthFlow
{
    ClientCredentials,
    JwtBearer,
}

/// <summary>The <c>Integrations:Salesforce</c> section.</summary>
public sealed class SalesforceOptions
{
    public const string Section = "Integrations:Salesforce";

    public IntegrationMode Mode { get; set; } = IntegrationMode.Simulated;

    /// <summary>
    /// Where tokens are asked for: the org's My Domain URL (client credentials needs it), or
    /// https://login.salesforce.com / https://test.salesforce.com for JWT bearer. API calls then go to the
    /// instance_url the token names.
    /// </summary>
    public string BaseUrl { get; set; } = "https://login.salesforce.com";

    /// <summary>The JWT aud; empty means <see cref="BaseUrl"/>.</summary>
    public string? Audience { get; set; }

    public string ApiVersion { get; set; } = "v62.0";

    public SalesforceAuthFlow AuthFlow { get; set; } = SalesforceAuthFlow.ClientCredentials;

    /// <summary>The connected app's consumer key (client_id, and the JWT iss).</summary>
    public string? ClientId { get; set; }

    /// <summary>The consumer secret (client credentials flow only). Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The pre-approved user the JWT bearer flow acts as (sub).</summary>
    public string? Username { get; set; }

    /// <summary>The RSA private key (PEM) matching the connected app's certificate, for JWT bearer. Never logged.</summary>
    public string? PrivateKeyPem { get; set; }

    /// <summary>A file holding <see cref="PrivateKeyPem"/> instead, so the key stays out of configuration.</summary>
    public string? PrivateKeyPath { get; set; }

    /// <summary>How long a JWT assertion is valid (Salesforce wants exp a few minutes ahead).</summary>
    public TimeSpan AssertionLifetime { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>The Case field marked External ID + Unique that carries the transaction id.</summary>
    public string ExternalIdField { get; set; } = "Onboarding_Txn_Id__c";

    public ResilienceOptions Resilience { get; set; } = new();
}

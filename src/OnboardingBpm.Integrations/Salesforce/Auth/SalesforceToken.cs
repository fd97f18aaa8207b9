namespace OnboardingBpm.Integrations.Salesforce.Auth;

/// <summary>An access token and the instance it is good for. <see cref="IssuedFor"/> tells a token for the current settings.</summary>
public sealed record SalesforceToken(string AccessToken, Uri InstanceUrl, string IssuedFor);

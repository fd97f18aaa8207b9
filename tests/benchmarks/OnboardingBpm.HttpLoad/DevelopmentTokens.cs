namespace OnboardingBpm.HttpLoad;

/// <summary>
/// Tokens from a node's development sign-in (<c>/dev/token</c>, the embedded default's Okta simulator). With shared
/// simulators (<c>Integrations:Simulators:External</c>) one token is valid on every node. Each lasts an hour, longer
/// than any bounded run.
/// </summary>
internal sealed class DevelopmentTokens(HttpClient client, Uri node)
{
    public const string Admin = "alex.admin@onboardingbpm.local";

    /// <summary>Agent of the enterprise segment: a third of the onboarding requests land in her inbox.</summary>
    public const string EnterpriseAgent = "ada.agent@onboardingbpm.local";

    public Task<string> ServiceAsync(CancellationToken cancellationToken) => GetAsync("/dev/token?client=service", cancellationToken);

    public Task<string> UserAsync(string login, CancellationToken cancellationToken) =>
        GetAsync($"/dev/token?user={Uri.EscapeDataString(login)}", cancellationToken);

    private async Task<string> GetAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(node, pathAndQuery), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode ? body : throw new InvalidOperationException($"{pathAndQuery} on {node}: {(int)response.StatusCode} {body}");
    }
}

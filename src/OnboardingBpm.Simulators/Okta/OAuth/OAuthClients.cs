using System.Text;
using Microsoft.AspNetCore.Http;

namespace OnboardingBpm.Simulators.Okta.OAuth;

/// <summary>A client of the default authorization server: public (PKCE, no secret) or confidential.</summary>
internal sealed record OAuthClient(string ClientId, bool Confidential);

/// <summary>The registered clients of the default server and their redirect URIs.</summary>
internal sealed class OAuthClients(OktaSimulatorOptions options)
{
    public OAuthClient? Find(string? clientId) =>
        clientId == options.SpaClientId ? new OAuthClient(clientId, Confidential: false)
        : clientId == options.TestsClientId ? new OAuthClient(clientId, Confidential: true)
        : null;

    /// <summary>A registered URI, or anything under one (<c>http://localhost:5080/login/callback</c>).</summary>
    public bool AllowsRedirect(OAuthClient client, string? redirectUri) =>
        !client.Confidential
        && Uri.TryCreate(redirectUri, UriKind.Absolute, out _)
        && options.SpaRedirectUris.Exists(r => redirectUri!.StartsWith(r, StringComparison.Ordinal));

    /// <summary>client_secret_basic, client_secret_post, or a public client naming itself.</summary>
    public (OAuthClient? Client, string? Problem) Authenticate(HttpRequest request, IFormCollection form)
    {
        string? id = form["client_id"], secret = form["client_secret"];
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim())).Split(':', 2);
            (id, secret) = (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : null);
        }

        var client = Find(id);
        if (client is null)
        {
            return (null, "Invalid value for 'client_id' parameter.");
        }

        if (client.Confidential && secret != options.TestsClientSecret)
        {
            return (null, "The client secret supplied for a confidential client is invalid.");
        }

        return (client, null);
    }

    public IReadOnlyList<string> AllowedScopes => [.. OidcScopes, .. options.ApiScopes];

    public static readonly string[] OidcScopes = ["openid", "profile", "email", "groups", "offline_access"];
}

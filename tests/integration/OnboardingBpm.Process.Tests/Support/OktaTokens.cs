using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Simulators.Okta;

namespace OnboardingBpm.Process.Tests.Support;

/// <summary>
/// Access tokens for the demo users straight from the shared Okta simulator (password grant of the tests'
/// client, as the development sign-in does), so a test signs in whichever node is up, or none. A token is
/// renewed 5 minutes before it expires on the test's clock, so a jump of 72 hours gets a fresh one.
/// </summary>
public sealed class OktaTokens(Uri okta, TestClock clock) : IDisposable
{
    private static readonly OktaSimulatorOptions Org = new();
    private readonly HttpClient http = new() { BaseAddress = okta, Timeout = TimeSpan.FromSeconds(30) };
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, (string Token, DateTimeOffset ExpiresAt)> tokens = [];

    public async Task<string> ForAsync(string login, bool renew, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!renew && tokens.TryGetValue(login, out var known) && clock.Now < known.ExpiresAt - TimeSpan.FromMinutes(5))
            {
                return known.Token;
            }

            var token = await RequestAsync(login, cancellationToken);
            tokens[login] = (token, ExpiresAt(token));
            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        http.Dispose();
        gate.Dispose();
    }

    private async Task<string> RequestAsync(string login, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth2/default/v1/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["username"] = login,
                ["password"] = Org.DemoPassword,
                ["scope"] = "openid profile email groups " + string.Join(' ', Org.ApiScopes),
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Org.TestsClientId}:{Org.TestsClientSecret}")));
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(body)!["access_token"]!.GetValue<string>()
            : throw new HttpRequestException($"The Okta simulator refused a token for {login}: {(int)response.StatusCode} {body}", null, response.StatusCode);
    }

    /// <summary>The JWT's exp claim: the payload is the second dot-separated part, base64url JSON.</summary>
    private static DateTimeOffset ExpiresAt(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var claims = JsonDocument.Parse(Convert.FromBase64String(payload));
        return DateTimeOffset.FromUnixTimeSeconds(claims.RootElement.GetProperty("exp").GetInt64());
    }
}

/// <summary>
/// Signs each request in as one demo user. A 401 (a token issued in the 100 ms before the issuer saw a clock
/// jump) renews the token and sends the request once more.
/// </summary>
public sealed class OktaBearer(OktaTokens tokens, string login) : DelegatingHandler(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) })
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var response = await SendWithTokenAsync(request, await tokens.ForAsync(login, renew: false, cancellationToken), cancellationToken);
        if (response.StatusCode != System.Net.HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        var again = new HttpRequestMessage(request.Method, request.RequestUri);
        foreach (var header in request.Headers)
        {
            again.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            again.Content = new ByteArrayContent(body);
            foreach (var header in request.Content!.Headers)
            {
                again.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return await SendWithTokenAsync(again, await tokens.ForAsync(login, renew: true, cancellationToken), cancellationToken);
    }

    private Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, string token, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}

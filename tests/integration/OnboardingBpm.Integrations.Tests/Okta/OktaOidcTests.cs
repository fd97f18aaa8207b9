using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OnboardingBpm.Simulators.Okta;

namespace OnboardingBpm.Integrations.Tests.Okta;

public sealed class OktaOidcTests
{
    private const string Spa = "onboardingbpm-spa";
    private const string Callback = "http://localhost:5080/login/callback";

    [Fact]
    public async Task the_discovery_document_describes_the_default_authorization_server()
    {
        await using var okta = await OktaHarness.StartAsync();

        var metadata = JsonNode.Parse(await okta.Http.GetStringAsync("/oauth2/default/.well-known/openid-configuration", TestContext.Current.CancellationToken))!;

        var issuer = Issuer(okta);
        Assert.Equal(issuer, metadata["issuer"]!.GetValue<string>());
        Assert.Equal($"{issuer}/v1/authorize", metadata["authorization_endpoint"]!.GetValue<string>());
        Assert.Equal($"{issuer}/v1/token", metadata["token_endpoint"]!.GetValue<string>());
        Assert.Equal($"{issuer}/v1/keys", metadata["jwks_uri"]!.GetValue<string>());
        Assert.Equal(["S256"], Strings(metadata["code_challenge_methods_supported"]));
        Assert.Subset(Strings(metadata["grant_types_supported"]).ToHashSet(), new HashSet<string> { "authorization_code", "client_credentials", "password" });
        Assert.Contains("RS256", Strings(metadata["id_token_signing_alg_values_supported"]));
    }

    [Fact]
    public async Task a_password_grant_token_validates_against_the_published_keys_and_carries_the_users_claims()
    {
        await using var okta = await OktaHarness.StartAsync();
        using var keysResponse = await okta.Http.GetAsync("/oauth2/default/v1/keys", TestContext.Current.CancellationToken);
        var keys = new JsonWebKeySet(await keysResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var tokens = await TokenAsync(okta, Tests(), new()
        {
            ["grant_type"] = "password",
            ["username"] = "ada.agent@onboardingbpm.local",
            ["password"] = new OktaSimulatorOptions().DemoPassword,
            ["scope"] = "openid profile groups cases.write",
        });
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(tokens["access_token"]!.GetValue<string>(), new TokenValidationParameters
        {
            ValidIssuer = Issuer(okta),
            ValidAudience = "api://default",
            IssuerSigningKeys = keys.GetSigningKeys(),
            LifetimeValidator = (_, expires, _, _) => expires > okta.Clock.GetUtcNow().UtcDateTime,
        });

        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.NotNull(keysResponse.Headers.CacheControl?.MaxAge);
        var claims = Payload(tokens["access_token"]!);
        var ada = (await okta.SimulatedUsersAsync()).Single(u => u["profile"]!["login"]!.GetValue<string>() == "ada.agent@onboardingbpm.local");
        Assert.Equal(ada["id"]!.GetValue<string>(), claims["uid"]!.GetValue<string>());
        Assert.Equal("ada.agent@onboardingbpm.local", claims["sub"]!.GetValue<string>());
        Assert.Equal("onboardingbpm-tests", claims["cid"]!.GetValue<string>());
        Assert.Equal(["openid", "profile", "groups", "cases.write"], Strings(claims["scp"]));
        Assert.Equal(["bpm-agents", "segment-enterprise"], Strings(claims["groups"]).Order(StringComparer.Ordinal));
        Assert.Equal(3600, claims["exp"]!.GetValue<long>() - claims["iat"]!.GetValue<long>());
        Assert.Equal(1, claims["ver"]!.GetValue<int>());
    }

    [Fact]
    public async Task a_wrong_password_is_an_invalid_grant()
    {
        await using var okta = await OktaHarness.StartAsync();

        var (status, body) = await PostTokenAsync(okta, Tests(), new()
        {
            ["grant_type"] = "password",
            ["username"] = "ada.agent@onboardingbpm.local",
            ["password"] = "guess",
            ["scope"] = "openid",
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task the_authorize_endpoint_shows_the_development_sign_in_page_with_the_demo_users()
    {
        await using var okta = await OktaHarness.StartAsync();

        using var response = await okta.Http.GetAsync(AuthorizeUrl("xyz-state", "challenge-of-some-verifier"), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Okta simulator — development sign-in", html, StringComparison.Ordinal);
        foreach (var user in new OktaSimulatorOptions().DemoUsers)
        {
            Assert.Contains($"name=\"login\" value=\"{user.Login}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("value=\"xyz-state\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_redirect_uri_that_is_not_registered_is_refused_without_redirecting()
    {
        await using var okta = await OktaHarness.StartAsync();

        using var response = await okta.Http.GetAsync(AuthorizeUrl("s", "c").Replace(Uri.EscapeDataString(Callback), Uri.EscapeDataString("https://evil.example/cb"), StringComparison.Ordinal), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task a_code_exchange_succeeds_with_the_right_pkce_verifier_and_fails_with_a_wrong_one()
    {
        await using var okta = await OktaHarness.StartAsync();
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var firstCode = await SignInAsync(okta, "sam.agent@onboardingbpm.local", challenge, "state-1");
        var secondCode = await SignInAsync(okta, "sam.agent@onboardingbpm.local", challenge, "state-2");

        var (wrongStatus, wrong) = await PostTokenAsync(okta, null, Exchange(firstCode, verifier + "x"));
        var tokens = await TokenAsync(okta, null, Exchange(secondCode, verifier));

        Assert.Equal(HttpStatusCode.BadRequest, wrongStatus);
        Assert.Equal("invalid_grant", wrong["error"]!.GetValue<string>());
        var idToken = Payload(tokens["id_token"]!);
        Assert.Equal("nonce-123", idToken["nonce"]!.GetValue<string>());
        Assert.Equal(Spa, idToken["aud"]!.GetValue<string>());
        Assert.Equal("Sam Agent", idToken["name"]!.GetValue<string>());
        Assert.Equal("sam.agent@onboardingbpm.local", idToken["email"]!.GetValue<string>());
        Assert.Contains("segment-smb", Strings(idToken["groups"]));
        Assert.Equal("sam.agent@onboardingbpm.local", Payload(tokens["access_token"]!)["sub"]!.GetValue<string>());
    }

    private static async Task<string> SignInAsync(OktaHarness okta, string login, string challenge, string state)
    {
        var fields = new Dictionary<string, string>
        {
            ["client_id"] = Spa, ["redirect_uri"] = Callback, ["response_type"] = "code", ["scope"] = "openid profile email groups",
            ["state"] = state, ["nonce"] = "nonce-123", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256", ["login"] = login,
        };
        using var response = await okta.Http.PostAsync("/oauth2/default/v1/authorize", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(Callback + "?", location.ToString(), StringComparison.Ordinal);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(state, query["state"].ToString());
        return query["code"].ToString();
    }

    private static Dictionary<string, string> Exchange(string code, string verifier) => new()
    {
        ["grant_type"] = "authorization_code", ["client_id"] = Spa, ["code"] = code, ["redirect_uri"] = Callback, ["code_verifier"] = verifier,
    };

    private static string AuthorizeUrl(string state, string challenge) =>
        $"/oauth2/default/v1/authorize?client_id={Spa}&response_type=code&scope=openid%20profile&redirect_uri={Uri.EscapeDataString(Callback)}"
        + $"&state={state}&nonce=n-1&code_challenge={challenge}&code_challenge_method=S256";

    private static AuthenticationHeaderValue Tests() =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("onboardingbpm-tests:onboardingbpm-tests-secret")));

    private static async Task<JsonNode> TokenAsync(OktaHarness okta, AuthenticationHeaderValue? client, Dictionary<string, string> form)
    {
        var (status, body) = await PostTokenAsync(okta, client, form);
        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        return body;
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> PostTokenAsync(OktaHarness okta, AuthenticationHeaderValue? client, Dictionary<string, string> form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth2/default/v1/token") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = client;
        using var response = await okta.Http.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!);
    }

    private static JsonNode Payload(JsonNode token) =>
        JsonNode.Parse(Base64UrlEncoder.Decode(token.GetValue<string>().Split('.')[1]))!;

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToArray();

    private static string Issuer(OktaHarness okta) => okta.Simulator.BaseAddress.ToString().TrimEnd('/') + "/oauth2/default";
}

using System.Net;

namespace OnboardingBpm.Integrations.Tests.Okta;

/// <summary>The browser app calls the default authorization server from its own origin: Okta's trusted origins (CORS).</summary>
public sealed class OktaTrustedOriginsTests
{
    private const string AppOrigin = "http://localhost:5080";

    [Theory]
    [InlineData("/oauth2/default/.well-known/openid-configuration")]
    [InlineData("/oauth2/default/v1/keys")]
    public async Task the_default_server_lets_the_apps_origin_read_its_answers(string path)
    {
        await using var okta = await OktaHarness.StartAsync();

        using var response = await okta.Http.SendAsync(From(AppOrigin, HttpMethod.Get, path), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AppOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task the_token_endpoint_answers_a_preflight_from_the_apps_origin_and_its_errors_are_readable()
    {
        await using var okta = await OktaHarness.StartAsync();
        var preflight = From(AppOrigin, HttpMethod.Options, "/oauth2/default/v1/token");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        var exchange = From(AppOrigin, HttpMethod.Post, "/oauth2/default/v1/token");
        exchange.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["client_id"] = "onboardingbpm-spa", ["code"] = "unknown" });

        using var allowed = await okta.Http.SendAsync(preflight, TestContext.Current.CancellationToken);
        using var refused = await okta.Http.SendAsync(exchange, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Contains("POST", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(AppOrigin, Assert.Single(refused.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Theory]
    [InlineData("http://evil.example", "/oauth2/default/v1/keys")]
    [InlineData("http://localhost:5081", "/oauth2/default/v1/keys")]
    [InlineData(AppOrigin, "/api/v1/users")]
    public async Task other_origins_and_the_management_api_get_no_cors_grant(string origin, string path)
    {
        await using var okta = await OktaHarness.StartAsync();

        using var response = await okta.Http.SendAsync(From(origin, HttpMethod.Get, path), TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage From(string origin, HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", origin);
        return request;
    }
}

using System.Net;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Simulators.Okta;

namespace OnboardingBpm.Server.Tests.BrowserApp;

/// <summary>What the browser app reads before and right after sign-in, and what its anonymous routes must not open.</summary>
public sealed class BrowserAppTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    [Fact]
    public async Task the_app_configuration_is_anonymous_names_the_issuer_and_public_client_and_reveals_no_secret()
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync("/app-config.json", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var config = JsonNode.Parse(text)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(factory.SimulatorAddress("okta", "oauth2/default").ToString(), config["issuer"]!.GetValue<string>());
        Assert.Equal("onboardingbpm-spa", config["clientId"]!.GetValue<string>());
        Assert.True(config["embedded"]!["active"]!.GetValue<bool>());
        Assert.True(config["embedded"]!["developmentSignIn"]!.GetValue<bool>());
        Assert.Equal(["Salesforce", "Okta", "Segment"], config["embedded"]!["simulatedVendors"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(factory.Clock.GetUtcNow(), config["serverTime"]!.GetValue<DateTimeOffset>());
        var defaults = new OktaSimulatorOptions();
        Assert.DoesNotContain(defaults.TestsClientSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(defaults.ApiToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(defaults.DemoPassword, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoUsers.EnterpriseAgent, "Agent", "enterprise", false)]
    [InlineData(DemoUsers.Supervisor, "Supervisor", "", true)]
    public async Task me_answers_the_roles_and_segments_the_server_resolves_from_the_groups(string user, string role, string segments, bool seesAll)
    {
        using var client = factory.CreateClientAs(user);

        var me = await ServerFactory.ReadObjectAsync(await client.GetAsync("/api/me", TestContext.Current.CancellationToken));

        Assert.Equal(user, me["user"]!.GetValue<string>());
        Assert.Equal([role], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(segments, string.Join(',', me["segments"]!.AsArray().Select(s => s!.GetValue<string>())));
        Assert.Equal(seesAll, me["seesAllSegments"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tasks")]
    [InlineData("/login/callback")]
    public async Task client_routes_are_answered_anonymously_with_the_app_page(string path)
    {
        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "index.html")))
        {
            Assert.Skip("The browser app was not built (SkipWebApp=true).");
        }

        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/no-such-route")]
    [InlineData("/api/tasks/t-1/claim")]
    [InlineData("/hubs/no-such-hub")]
    public async Task the_app_fallback_never_answers_for_the_server_own_paths(string path)
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}

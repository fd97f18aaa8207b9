using System.Net;
using System.Security.Cryptography;
using OnboardingBpm.Integrations.Okta;
using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Tests.Okta;

public sealed class OktaAuthTests
{
    [Fact]
    public async Task the_api_token_is_accepted_as_ssws()
    {
        await using var okta = await OktaHarness.StartAsync(OktaAuthMode.ApiToken);

        var read = await okta.Client.GetUserAsync("maria.supervisor@onboardingbpm.local", TestContext.Current.CancellationToken);

        Assert.Equal("Maria", read!.Value.Profile.FirstName);
        Assert.DoesNotContain(okta.Simulator.Faults.Requests, r => r.Path.StartsWith("/oauth2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_wrong_api_token_fails_permanently_with_invalid_token()
    {
        await using var okta = await OktaHarness.StartAsync(OktaAuthMode.ApiToken, configure: o => o.ApiToken = "not-the-token");

        var error = await Assert.ThrowsAsync<IntegrationException>(() => okta.Client.GetUserAsync("maria.supervisor@onboardingbpm.local", TestContext.Current.CancellationToken));

        Assert.False(error.IsTransient);
        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Equal("E0000011", error.ErrorCode);
    }

    [Fact]
    public async Task an_expired_service_app_token_is_renewed_once()
    {
        await using var okta = await OktaHarness.StartAsync(OktaAuthMode.PrivateKeyJwt);
        await okta.Client.GetUserAsync("ada.agent@onboardingbpm.local", TestContext.Current.CancellationToken);
        okta.Simulator.Faults.ExpireTokens();

        var read = await okta.Client.GetUserAsync("sam.agent@onboardingbpm.local", TestContext.Current.CancellationToken);

        Assert.Equal("Sam", read!.Value.Profile.FirstName);
        Assert.Equal(
            [("/oauth2/v1/token", 200), ("/api/v1/users/ada.agent@onboardingbpm.local", 200), ("/api/v1/users/sam.agent@onboardingbpm.local", 401), ("/oauth2/v1/token", 200), ("/api/v1/users/sam.agent@onboardingbpm.local", 200)],
            okta.Simulator.Faults.Requests.Select(r => (Uri.UnescapeDataString(r.Path), r.Status ?? 0)));
    }

    [Fact]
    public async Task the_service_app_token_is_reused_until_it_nears_its_hour()
    {
        await using var okta = await OktaHarness.StartAsync(OktaAuthMode.PrivateKeyJwt);
        await okta.Client.GetUserAsync("ada.agent@onboardingbpm.local", TestContext.Current.CancellationToken);
        await okta.Client.GetUserAsync("sam.agent@onboardingbpm.local", TestContext.Current.CancellationToken);
        okta.Clock.Advance(TimeSpan.FromMinutes(59.5));

        await okta.Client.GetUserAsync("owen.owner@onboardingbpm.local", TestContext.Current.CancellationToken);

        Assert.Equal(2, okta.Simulator.Faults.Requests.Count(r => r.Path == "/oauth2/v1/token"));
        Assert.DoesNotContain(okta.Simulator.Faults.Requests, r => r.Status == 401);
    }

    [Fact]
    public async Task an_assertion_signed_with_another_key_is_refused_as_invalid_client()
    {
        using var otherKey = RSA.Create(2048);
        await using var okta = await OktaHarness.StartAsync(OktaAuthMode.PrivateKeyJwt, clientKeyPem: otherKey.ExportPkcs8PrivateKeyPem());

        var error = await Assert.ThrowsAsync<IntegrationException>(() => okta.Client.GetUserAsync("ada.agent@onboardingbpm.local", TestContext.Current.CancellationToken));

        Assert.False(error.IsTransient);
        Assert.Equal("invalid_client", error.ErrorCode);
        Assert.DoesNotContain(okta.Simulator.Faults.Requests, r => r.Path.StartsWith("/api/v1", StringComparison.Ordinal));
    }
}

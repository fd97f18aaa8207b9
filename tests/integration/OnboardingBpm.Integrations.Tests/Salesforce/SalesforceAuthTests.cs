using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using OnboardingBpm.Integrations.Resilience;
using OnboardingBpm.Integrations.Tests.Salesforce.Support;

namespace OnboardingBpm.Integrations.Tests.Salesforce;

public sealed class SalesforceAuthTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task the_jwt_bearer_flow_signs_in_with_the_apps_private_key()
    {
        using var key = RSA.Create(2048);
        await using var rig = await SalesforceRig.StartAsync(
            vendor: org =>
            {
                org.JwtPublicKeyPem = key.ExportSubjectPublicKeyInfoPem();
                org.JwtUsernames = ["integration@onboardingbpm.example"];
            },
            settings: s =>
            {
                s["AuthFlow"] = "JwtBearer";
                s["ClientSecret"] = null;
                s["Username"] = "integration@onboardingbpm.example";
                s["PrivateKeyPem"] = key.ExportPkcs8PrivateKeyPem();
            });

        var result = await rig.Client.UpsertCaseAsync("txn-jwt", new JsonObject { ["Subject"] = "Signed with a certificate" }, Cancel);

        Assert.True(result.Created);
        Assert.Single(rig.Requests("/services/oauth2/token"));
    }

    [Fact]
    public async Task an_assertion_signed_with_another_key_is_refused_as_invalid_grant()
    {
        using var registered = RSA.Create(2048);
        using var other = RSA.Create(2048);
        await using var rig = await SalesforceRig.StartAsync(
            vendor: org => org.JwtPublicKeyPem = registered.ExportSubjectPublicKeyInfoPem(),
            settings: s =>
            {
                s["AuthFlow"] = "JwtBearer";
                s["Username"] = "integration@onboardingbpm.example";
                s["PrivateKeyPem"] = other.ExportPkcs8PrivateKeyPem();
            });

        var error = await Assert.ThrowsAsync<IntegrationException>(() => rig.Client.GetCaseAsync("500Hs0000000001AAA", Cancel));

        Assert.Equal("invalid_grant", error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.False(error.IsTransient);
        Assert.Empty(rig.Requests("/services/data"));
    }

    [Fact]
    public async Task a_wrong_client_secret_is_refused_as_invalid_client()
    {
        await using var rig = await SalesforceRig.StartAsync(settings: s => s["ClientSecret"] = "not-the-secret");

        var error = await Assert.ThrowsAsync<IntegrationException>(() => rig.Client.QueryAsync("SELECT Id FROM Case", cancellationToken: Cancel));

        Assert.Equal("invalid_client", error.ErrorCode);
        Assert.DoesNotContain("not-the-secret", error.Message);
    }
}

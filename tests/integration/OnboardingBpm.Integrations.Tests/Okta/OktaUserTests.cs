using System.Net;
using System.Text.Json.Nodes;
using OnboardingBpm.Integrations.Okta;
using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Tests.Okta;

public sealed class OktaUserTests
{
    private static readonly OktaNewUser Grace = new("grace.hopper@customer.example", "Grace", "Hopper");

    [Fact]
    public async Task creating_a_user_twice_with_the_same_login_finds_the_first_one()
    {
        await using var okta = await OktaHarness.StartAsync();

        var first = await okta.Client.CreateUserAsync(Grace, cancellationToken: TestContext.Current.CancellationToken);
        var second = await okta.Client.CreateUserAsync(Grace with { FirstName = "Amazing Grace" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.User.Id, second.User.Id);
        Assert.Equal("STAGED", second.User.Status);
        Assert.Single(await okta.SimulatedUsersAsync(), u => u["profile"]!["login"]!.GetValue<string>() == Grace.Email);
        Assert.Equal([("POST", 200), ("POST", 400), ("GET", 200)], okta.Simulator.Faults.Requests.Select(r => (r.Method, r.Status ?? 0)));
    }

    [Fact]
    public async Task provisioning_activates_the_user_and_adds_it_to_the_segment_group_once()
    {
        await using var okta = await OktaHarness.StartAsync();

        var first = await okta.Client.ProvisionUserAsync(Grace, "segment-enterprise", TestContext.Current.CancellationToken);
        var again = await okta.Client.ProvisionUserAsync(Grace, "segment-enterprise", TestContext.Current.CancellationToken);

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.User.Id, again.User.Id);

        // Activated without a password, an Okta user is PROVISIONED until it sets one through the activation link.
        Assert.Equal(OktaUserStatus.Provisioned, again.User.Status);
        Assert.NotNull(again.User.Activated);
        var members = await okta.Client.GroupMembersAsync(first.GroupId, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Single(members, m => m.Id == first.User.Id);
        var simulated = (await okta.SimulatedUsersAsync()).Single(u => u["id"]!.GetValue<string>() == first.User.Id);
        Assert.Equal(["segment-enterprise"], simulated["groups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Single(okta.Simulator.Faults.Requests, r => r.Path.EndsWith("/lifecycle/activate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task provisioning_into_a_group_that_does_not_exist_fails_permanently_before_creating_anyone()
    {
        await using var okta = await OktaHarness.StartAsync();

        var error = await Assert.ThrowsAsync<IntegrationException>(() => okta.Client.ProvisionUserAsync(Grace, "segment-unknown", TestContext.Current.CancellationToken));

        Assert.False(error.IsTransient);
        Assert.DoesNotContain(await okta.SimulatedUsersAsync(), u => u["profile"]!["login"]!.GetValue<string>() == Grace.Email);
    }

    [Fact]
    public async Task a_user_okta_does_not_know_is_a_null_lookup()
    {
        await using var okta = await OktaHarness.StartAsync();

        var read = await okta.Client.GetUserAsync("nobody@customer.example", TestContext.Current.CancellationToken);

        Assert.Null(read);
        Assert.Equal(404, okta.Simulator.Faults.Requests.Single().Status);
    }

    [Fact]
    public async Task okta_errors_carry_the_error_object_the_request_id_and_the_rate_limit_headers()
    {
        await using var okta = await OktaHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/users/nobody%40customer.example");
        request.Headers.Authorization = new("SSWS", Simulators.Okta.OktaSimulatorOptions.DefaultApiToken);

        using var response = await okta.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("E0000007", body["errorCode"]!.GetValue<string>());
        Assert.Equal("Not found: Resource not found: nobody@customer.example (User)", body["errorSummary"]!.GetValue<string>());
        Assert.StartsWith("oae", body["errorId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEmpty(response.Headers.GetValues("X-Okta-Request-Id").Single());
        Assert.Equal("600", response.Headers.GetValues("X-Rate-Limit-Limit").Single());
        Assert.Equal("599", response.Headers.GetValues("X-Rate-Limit-Remaining").Single());
        var reset = DateTimeOffset.FromUnixTimeSeconds(long.Parse(response.Headers.GetValues("X-Rate-Limit-Reset").Single(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(reset - okta.Clock.GetUtcNow(), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact(Timeout = 30_000)]
    public async Task a_cached_user_is_served_stale_while_okta_is_down()
    {
        await using var okta = await OktaHarness.StartAsync();
        var fresh = await okta.Client.GetUserAsync("ada.agent@onboardingbpm.local", TestContext.Current.CancellationToken);
        okta.Simulator.Faults.StartOutage(TimeSpan.FromMinutes(30));
        okta.Clock.Advance(TimeSpan.FromMinutes(6));

        var stale = await okta.Client.GetUserAsync("ada.agent@onboardingbpm.local", TestContext.Current.CancellationToken);

        Assert.False(fresh!.IsStale);
        Assert.True(stale!.IsStale);
        Assert.Equal(fresh.Value.Id, stale.Value.Id);
        Assert.Equal(3, okta.Simulator.Faults.Requests.Count(r => r.Status == 503));
    }

    [Fact]
    public async Task a_filtered_list_follows_the_next_links_across_pages()
    {
        await using var okta = await OktaHarness.StartAsync();
        foreach (var name in new[] { "Ann", "Bob", "Cid" })
        {
            await okta.Client.CreateUserAsync(new OktaNewUser($"{name.ToLowerInvariant()}@paged.example", name, "Paged"), cancellationToken: TestContext.Current.CancellationToken);
        }

        var found = await okta.Client.FindUsersAsync("profile.lastName eq \"Paged\"", pageSize: 2, TestContext.Current.CancellationToken);

        Assert.Equal(["Ann", "Bob", "Cid"], found.Select(u => u.Profile.FirstName));
        Assert.Equal(2, okta.Simulator.Faults.Requests.Count(r => r is { Method: "GET", Path: "/api/v1/users" }));
    }

    [Fact]
    public async Task deactivating_and_provisioning_again_brings_the_user_back()
    {
        await using var okta = await OktaHarness.StartAsync();
        var first = await okta.Client.ProvisionUserAsync(Grace, "segment-smb", TestContext.Current.CancellationToken);
        await okta.Client.DeactivateAsync(first.User.Id, TestContext.Current.CancellationToken);
        var deactivated = await okta.Client.GetUserAsync(first.User.Id, TestContext.Current.CancellationToken);

        var again = await okta.Client.ProvisionUserAsync(Grace, "segment-smb", TestContext.Current.CancellationToken);

        Assert.Equal(OktaUserStatus.Deprovisioned, deactivated!.Value.Status);
        Assert.Equal(OktaUserStatus.Provisioned, again.User.Status);
    }
}

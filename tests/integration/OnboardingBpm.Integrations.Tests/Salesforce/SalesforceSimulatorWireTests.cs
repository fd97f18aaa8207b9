using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Simulators.Hosting;
using OnboardingBpm.Simulators.Salesforce;

namespace OnboardingBpm.Integrations.Tests.Salesforce;

/// <summary>The simulator's wire format, checked with a plain HttpClient against the vendor reference.</summary>
public sealed class SalesforceSimulatorWireTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task the_token_endpoint_answers_client_credentials_with_the_documented_fields()
    {
        await using var wire = await Wire.StartAsync();

        var token = await wire.TokenAsync();

        Assert.Equal(wire.Simulator.BaseAddress.ToString().TrimEnd('/'), token["instance_url"]!.GetValue<string>());
        Assert.Equal("Bearer", token["token_type"]!.GetValue<string>());
        Assert.Matches("/id/00D[A-Za-z0-9]{15}/005[A-Za-z0-9]{15}$", token["id"]!.GetValue<string>());
        Assert.Equal(new FakeTimeProvider().GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), token["issued_at"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(token["signature"]!.GetValue<string>()));
    }

    [Fact]
    public async Task a_refused_token_request_has_the_oauth_error_shape()
    {
        await using var wire = await Wire.StartAsync();

        using var response = await wire.Http.PostAsync("services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
            ["assertion"] = "not-a-jwt",
        }), Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", body!["error"]!.GetValue<string>());
        Assert.NotNull(body["error_description"]);
    }

    [Fact]
    public async Task a_call_without_a_session_gets_401_invalid_session_id_with_the_usage_header()
    {
        await using var wire = await Wire.StartAsync();

        using var response = await wire.Http.GetAsync("services/data/v62.0/limits", Cancel);
        var errors = await response.Content.ReadFromJsonAsync<JsonArray>(Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("INVALID_SESSION_ID", errors![0]!["errorCode"]!.GetValue<string>());
        Assert.Equal("api-usage=0/100000", Assert.Single(response.Headers.GetValues("Sforce-Limit-Info")));
    }

    [Fact]
    public async Task upsert_answers_201_then_200_with_created_false_and_204_before_v46()
    {
        await using var wire = await Wire.StartAsync(signIn: true);

        using var insert = await wire.Http.PatchAsJsonAsync("services/data/v62.0/sobjects/Case/Onboarding_Txn_Id__c/t-1", new { Subject = "One" }, Cancel);
        using var update = await wire.Http.PatchAsJsonAsync("services/data/v62.0/sobjects/Case/Onboarding_Txn_Id__c/t-1", new { Subject = "Two" }, Cancel);
        using var old = await wire.Http.PatchAsJsonAsync("services/data/v45.0/sobjects/Case/Onboarding_Txn_Id__c/t-1", new { Subject = "Three" }, Cancel);
        using var updateOnly = await wire.Http.PatchAsJsonAsync("services/data/v62.0/sobjects/Case/Onboarding_Txn_Id__c/t-2?updateOnly=true", new { Subject = "None" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, insert.StatusCode);
        Assert.True((await insert.Content.ReadFromJsonAsync<JsonObject>(Cancel))!["created"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.False((await update.Content.ReadFromJsonAsync<JsonObject>(Cancel))!["created"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, old.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, updateOnly.StatusCode);
    }

    [Fact]
    public async Task upsert_answers_300_when_the_external_id_matches_several_cases()
    {
        await using var wire = await Wire.StartAsync(signIn: true, org => org.ExternalIdUnique = false);
        await wire.Http.PostAsJsonAsync("services/data/v62.0/sobjects/Case", new Dictionary<string, string> { ["Onboarding_Txn_Id__c"] = "dup" }, Cancel);
        await wire.Http.PostAsJsonAsync("services/data/v62.0/sobjects/Case", new Dictionary<string, string> { ["Onboarding_Txn_Id__c"] = "dup" }, Cancel);

        using var response = await wire.Http.PatchAsJsonAsync("services/data/v62.0/sobjects/Case/Onboarding_Txn_Id__c/dup", new { Subject = "Which?" }, Cancel);

        Assert.Equal(HttpStatusCode.MultipleChoices, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonArray>(Cancel))!.Count);
    }

    [Fact]
    public async Task a_composite_request_resolves_references_and_all_or_none_rolls_back_on_failure()
    {
        await using var wire = await Wire.StartAsync(signIn: true);
        var linked = new JsonObject
        {
            ["allOrNone"] = true,
            ["compositeRequest"] = new JsonArray(
                Sub("POST", "/services/data/v62.0/sobjects/Case", "parent", new JsonObject { ["Subject"] = "Parent" }),
                Sub("POST", "/services/data/v62.0/sobjects/Case", "child", new JsonObject { ["Subject"] = "Child", ["ParentId"] = "@{parent.id}" }),
                Sub("GET", "/services/data/v62.0/sobjects/Case/@{child.id}?fields=ParentId", "read", null)),
        };
        var failing = new JsonObject
        {
            ["allOrNone"] = true,
            ["compositeRequest"] = new JsonArray(
                Sub("POST", "/services/data/v62.0/sobjects/Case", "kept", new JsonObject { ["Subject"] = "Rolled back" }),
                Sub("POST", "/services/data/v62.0/sobjects/Case", "bad", new JsonObject { ["Status"] = "Nonsense" })),
        };

        var ok = await wire.CompositeAsync(linked);
        var rolledBack = await wire.CompositeAsync(failing);

        Assert.Equal([201, 201, 200], ok.Select(r => r!["httpStatusCode"]!.GetValue<int>()));
        Assert.Equal(ok[0]!["body"]!["id"]!.GetValue<string>(), ok[2]!["body"]!["ParentId"]!.GetValue<string>());
        Assert.Equal([400, 400], rolledBack.Select(r => r!["httpStatusCode"]!.GetValue<int>()));
        Assert.Equal("PROCESSING_HALTED", rolledBack[0]!["body"]![0]!["errorCode"]!.GetValue<string>());
        Assert.Equal(2, (await wire.Http.GetFromJsonAsync<JsonArray>("__sim/salesforce/cases", Cancel))!.Count);
    }

    private static JsonObject Sub(string method, string url, string referenceId, JsonObject? body) => new()
    {
        ["method"] = method,
        ["url"] = url,
        ["referenceId"] = referenceId,
        ["body"] = body,
    };

    private sealed class Wire(RunningSimulator simulator, SalesforceSimulatorOptions org) : IAsyncDisposable
    {
        public RunningSimulator Simulator { get; } = simulator;
        public HttpClient Http { get; } = new() { BaseAddress = simulator.BaseAddress };

        public static async Task<Wire> StartAsync(bool signIn = false, Action<SalesforceSimulatorOptions>? configure = null)
        {
            var org = new SalesforceSimulatorOptions();
            configure?.Invoke(org);
            var wire = new Wire(await SimulatorHost.StartAsync(new SalesforceSimulator(org), new SimulatorHostOptions { Time = new FakeTimeProvider() }), org);
            if (signIn)
            {
                wire.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await wire.TokenAsync())["access_token"]!.GetValue<string>());
            }

            return wire;
        }

        public async Task<JsonObject> TokenAsync()
        {
            using var response = await Http.PostAsync("services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = org.ClientId,
                ["client_secret"] = org.ClientSecret,
            }), Cancel);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonObject>(Cancel))!;
        }

        public async Task<JsonArray> CompositeAsync(JsonObject request)
        {
            using var response = await Http.PostAsJsonAsync("services/data/v62.0/composite", request, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>(Cancel))!["compositeResponse"]!.AsArray();
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Simulator.DisposeAsync();
        }
    }
}

using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Stimuli;

public sealed class IdempotencyTests : IClassFixture<ServerFactory>
{
    private readonly HttpClient client;

    public IdempotencyTests(ServerFactory factory) => client = factory.CreateClientAs(DemoUsers.Admin);

    [Fact]
    public async Task a_repeated_request_with_the_same_idempotency_key_returns_the_first_instance()
    {
        await Import("""
            {"definitionId": "http-once", "name": "once", "root": {"activities": [
              {"id": "in", "type": "HttpEndpoint", "inputs": {"path": "/once", "method": "POST"}},
              {"id": "wait", "type": "Delay", "inputs": {"duration": "PT1H"}}],
             "connections": [{"source": {"activity": "in"}, "target": {"activity": "wait"}}]}}
            """);

        var first = await PostWithKeyAsync("/workflows/once", "form-42");
        var repeats = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PostWithKeyAsync("/workflows/once", "form-42")));
        var other = await PostWithKeyAsync("/workflows/once", "form-43");

        var firstId = await InstanceIdAsync(first);
        foreach (var repeat in repeats)
        {
            Assert.Equal(firstId, await InstanceIdAsync(repeat));
        }

        Assert.NotEqual(firstId, await InstanceIdAsync(other));
        var instances = await client.GetFromJsonAsync<JsonObject>("/api/workflow-instances?definitionId=http-once");
        Assert.Equal(2, instances!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task a_repeated_api_start_with_the_same_idempotency_key_returns_the_first_instance()
    {
        await Import("""
            {"definitionId": "api-once", "name": "once", "root": {"activities": [
              {"id": "start", "type": "Start"}, {"id": "wait", "type": "Delay", "inputs": {"duration": "PT1H"}}],
             "connections": [{"source": {"activity": "start"}, "target": {"activity": "wait"}}]}}
            """);

        var first = await StartWithKeyAsync("api-once", "k-1");
        var repeat = await StartWithKeyAsync("api-once", "k-1");

        Assert.Equal((await ServerFactory.ReadObjectAsync(first))["id"]!.GetValue<string>(), (await ServerFactory.ReadObjectAsync(repeat))["id"]!.GetValue<string>());
    }

    private static async Task<string> InstanceIdAsync(HttpResponseMessage response) =>
        (await ServerFactory.ReadObjectAsync(response))["instanceId"]!.GetValue<string>();

    private Task<HttpResponseMessage> PostWithKeyAsync(string url, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { customer = "Acme" }) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private Task<HttpResponseMessage> StartWithKeyAsync(string definitionId, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflow-instances") { Content = JsonContent.Create(new { definitionId }) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private async Task Import(string json) =>
        (await client.PostAsync("/api/workflow-definitions/import", new StringContent(json, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Stimuli;

public sealed class HttpWorkflowTests : IClassFixture<ServerFactory>
{
    private readonly HttpClient client;

    public HttpWorkflowTests(ServerFactory factory) => client = factory.CreateClientAs(DemoUsers.Admin);

    [Fact]
    public async Task a_request_to_a_trigger_route_starts_the_workflow_and_answers_202_with_its_location()
    {
        await Import("""
            {"definitionId": "http-start", "name": "http", "variables": [{"name": "body", "type": "Object"}],
             "root": {"activities": [
              {"id": "in", "type": "HttpEndpoint", "inputs": {"path": "/requests", "method": "POST"}, "outputs": {"Body": "body"}},
              {"id": "wait", "type": "Delay", "inputs": {"duration": "PT1H"}}],
             "connections": [{"source": {"activity": "in"}, "target": {"activity": "wait"}}]}}
            """);

        var response = await client.PostAsJsonAsync("/workflows/requests", new { customer = "Acme" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var instance = await client.GetFromJsonAsync<JsonObject>(response.Headers.Location);
        Assert.Equal("Acme", instance!["variables"]!["body"]!["customer"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_workflow_that_writes_its_own_response_answers_with_it()
    {
        await Import("""
            {"definitionId": "http-echo", "name": "echo", "variables": [{"name": "body", "type": "Object"}],
             "root": {"activities": [
              {"id": "in", "type": "HttpEndpoint", "inputs": {"path": "/echo", "method": "POST"}, "outputs": {"Body": "body"}},
              {"id": "out", "type": "HttpResponse", "inputs": {"statusCode": 201, "content": {"expression": {"type": "JavaScript", "value": "({ hello: variables.body.name })"}}}}],
             "connections": [{"source": {"activity": "in"}, "target": {"activity": "out"}}]}}
            """);

        var response = await client.PostAsJsonAsync("/workflows/echo", new { name = "Ada" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Ada", (await ServerFactory.ReadObjectAsync(response))["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_route_no_workflow_answers_is_a_404_problem()
    {
        var response = await client.PostAsJsonAsync("/workflows/nothing-here", new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task a_body_that_is_not_json_is_a_400()
    {
        var response = await client.PostAsync("/workflows/requests", new StringContent("{not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task Import(string json) =>
        (await client.PostAsync("/api/workflow-definitions/import", new StringContent(json, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
}

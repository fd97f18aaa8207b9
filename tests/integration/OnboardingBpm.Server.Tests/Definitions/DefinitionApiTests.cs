using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Definitions;

public sealed class DefinitionApiTests : IClassFixture<ServerFactory>
{
    private readonly HttpClient client;

    public DefinitionApiTests(ServerFactory factory) => client = factory.CreateClientAs(DemoUsers.ProcessOwner);

    [Fact]
    public async Task the_files_under_workflows_are_published_at_startup()
    {
        var versions = await client.GetFromJsonAsync<JsonArray>("/api/workflow-definitions/case-escalation/versions");

        Assert.NotNull(versions);
        Assert.Equal(1, versions![0]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task validate_returns_every_problem_with_its_json_path()
    {
        var response = await PostJsonAsync("/api/workflow-definitions/validate", """
            {"definitionId": "broken", "name": "Broken", "root": {"activities": [
              {"id": "start", "type": "Start"},
              {"id": "wait", "type": "Delay", "inputs": {"duration": "soon"}},
              {"id": "what", "type": "Teleport"}],
             "connections": [{"source": {"activity": "start", "port": "Nope"}, "target": {"activity": "wait"}}]}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ServerFactory.ReadObjectAsync(response);
        Assert.False(body["isValid"]!.GetValue<bool>());
        var paths = body["problems"]!.AsArray().Select(p => p!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("$.root.activities[1].inputs.duration", paths);
        Assert.Contains("$.root.activities[2].type", paths);
        Assert.Contains("$.root.connections[0].source.port", paths);
    }

    [Fact]
    public async Task importing_an_invalid_definition_is_a_problem_response_and_publishes_nothing()
    {
        var response = await PostJsonAsync("/api/workflow-definitions/import", """
            {"definitionId": "never-published", "name": "x", "root": {"activities": [{"id": "d", "type": "Delay"}]}}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await ServerFactory.ReadObjectAsync(response);
        Assert.NotNull(body["errors"]!["$.root.activities[0].inputs.duration"]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/workflow-definitions/never-published/versions")).StatusCode);
    }

    [Fact]
    public async Task importing_the_same_definition_twice_makes_one_version_and_a_change_makes_the_next()
    {
        var first = await PostJsonAsync("/api/workflow-definitions/import", Definition("import-twice", "PT1H"));
        var again = await PostJsonAsync("/api/workflow-definitions/import", Definition("import-twice", "PT1H"));
        var changed = await PostJsonAsync("/api/workflow-definitions/import", Definition("import-twice", "PT2H"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await ServerFactory.ReadObjectAsync(again))["version"]!.GetValue<int>());
        Assert.Equal(2, (await ServerFactory.ReadObjectAsync(changed))["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task a_draft_is_saved_even_when_invalid_and_cannot_be_published_until_fixed()
    {
        var saved = await PostJsonAsync("/api/workflow-definitions", """
            {"definitionId": "draft-flow", "name": "Draft", "root": {"activities": [{"id": "d", "type": "Delay"}]}}
            """);
        var publishInvalid = await client.PostAsync("/api/workflow-definitions/draft-flow/publish", null);
        await PostJsonAsync("/api/workflow-definitions", Definition("draft-flow", "PT5M"));
        var publishValid = await client.PostAsync("/api/workflow-definitions/draft-flow/publish", null);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.False((await ServerFactory.ReadObjectAsync(saved))["isValid"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.BadRequest, publishInvalid.StatusCode);
        Assert.Equal(HttpStatusCode.Created, publishValid.StatusCode);
    }

    [Fact]
    public async Task activity_descriptors_describe_inputs_and_outcomes_for_the_designer()
    {
        var descriptors = await client.GetFromJsonAsync<JsonArray>("/api/activity-descriptors");

        var userTask = descriptors!.Single(d => d!["type"]!.GetValue<string>() == "UserTask")!;
        Assert.Equal("Human tasks", userTask["category"]!.GetValue<string>());
        Assert.Contains(userTask["inputs"]!.AsArray(), i => i!["name"]!.GetValue<string>() == "formFields" && i["uiHint"]!.GetValue<string>() == "formfields");
        Assert.Equal("outcomes", userTask["outcomesFromInput"]!.GetValue<string>());
    }

    private Task<HttpResponseMessage> PostJsonAsync(string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    internal static string Definition(string id, string delay) => $$$"""
        {"definitionId": "{{{id}}}", "name": "{{{id}}}", "root": {"activities": [
          {"id": "start", "type": "Start"}, {"id": "wait", "type": "Delay", "inputs": {"duration": "{{{delay}}}"}}],
         "connections": [{"source": {"activity": "start"}, "target": {"activity": "wait"}}]}}
        """;
}
